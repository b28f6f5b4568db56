export interface LogoMarkProps {
  className?: string;
}

/** The Fixpath mark (the same drawing as app/icon.svg): a path that ends in a found point. */
export function LogoMark({ className = "size-6" }: LogoMarkProps) {
  return (
    <svg aria-hidden="true" viewBox="0 0 32 32" className={className}>
      <rect width="32" height="32" rx="7" fill="#0369a1" />
      <path d="M7 23h6.5a3.5 3.5 0 0 0 0-7h-3a3.5 3.5 0 0 1 0-7H21" fill="none" stroke="#fff" strokeWidth="2.6" strokeLinecap="round" />
      <circle cx="24.5" cy="9" r="3" fill="#fde047" />
    </svg>
  );
}
