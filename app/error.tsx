"use client";

import { ErrorRecovery } from "@/components/error/error-recovery";

interface ErrorPageProps {
  error: unknown;
  retry: () => void;
}

/** A page that failed to render, inside the site's layout: the paste is kept, the way back offered. */
export default function ErrorPage({ error, retry }: ErrorPageProps) {
  return <ErrorRecovery error={error} retry={retry} />;
}
