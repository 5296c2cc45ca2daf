type ExternalIconProps = {
  className?: string;
  size?: number;
};

/** The "leaves the site" arrow beside a link that opens another site in a new tab. Decorative. */
export function ExternalIcon({ className, size = 16 }: ExternalIconProps) {
  return (
    <svg
      className={className}
      aria-hidden="true"
      focusable="false"
      viewBox="0 0 16 16"
      width={size}
      height={size}
    >
      <path
        d="M6 3H3v10h10v-3M9 2h5v5M14 2 7 9"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.5"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}
