import Link from "next/link";
import { SearchPalette, type SearchPaletteProps } from "@/components/search/palette";
import { ThemeToggle } from "@/components/theme/theme-toggle";
import { LogoMark } from "@/components/ui/logo-mark";

/** `search`: what the palette needs, from the layout (components/search/system-labels searchProps). */
export function SiteHeader({ search }: { search: SearchPaletteProps }) {
  return (
    <header className="border-b border-slate-200 dark:border-slate-800">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
        <Link href="/" className="inline-flex items-center gap-2 text-lg font-bold tracking-tight text-slate-900 dark:text-white">
          <LogoMark />
          Fixpath
        </Link>
        {/* On a phone the brand and the buttons share the first row and the links take the second. */}
        <nav aria-label="Main" className="order-last flex w-full flex-wrap gap-x-4 gap-y-1 text-sm sm:order-none sm:w-auto">
          <Link href="/search" className="hover:underline">Search</Link>
          <Link href="/diagnose" className="hover:underline">Guided diagnosis</Link>
          <Link href="/#systems" className="hover:underline">Systems</Link>
          <Link href="/messages" className="hover:underline">Messages</Link>
        </nav>
        <div className="ml-auto flex items-center gap-2">
          <SearchPalette {...search} />
          <ThemeToggle />
        </div>
      </div>
    </header>
  );
}
