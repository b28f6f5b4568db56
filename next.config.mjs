/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // Lets parallel builds (tests, several developers on one machine) use separate output folders.
  distDir: process.env.NEXT_DIST_DIR || ".next",
};

export default nextConfig;
