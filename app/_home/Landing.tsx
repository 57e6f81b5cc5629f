import { ChartColumn, Flag, Milestone } from "lucide-react";
import Link from "next/link";
import { ButtonLink } from "@/app/_components/Button";
import { Wordmark } from "@/app/_components/Wordmark";

const features = [
  {
    title: "Goals with a why",
    body: "Every goal has an owner, a start and a target date, and the reason it matters — written down where the team can see it.",
    icon: Flag,
  },
  {
    title: "Milestones mark the way",
    body: "Break the road into dated checkpoints, assign people, and reorder as plans change. Overdue ones stand out.",
    icon: Milestone,
  },
  {
    title: "Progress everyone trusts",
    body: "Progress comes from finished milestones, not guesses. Stakeholders follow along read-only; scripts use the same API.",
    icon: ChartColumn,
  },
];

/** The signed-out front page. Server component: no client JavaScript needed. */
export function Landing() {
  return (
    <div className="flex min-h-screen flex-col bg-white">
      <header className="border-b border-slate-100">
        <div className="mx-auto flex h-16 max-w-6xl items-center justify-between px-4 sm:px-6">
          <Link href="/" className="rounded-md" aria-label="Waymark home">
            <Wordmark />
          </Link>
          <nav aria-label="Account" className="flex items-center gap-2">
            <ButtonLink href="/signin" variant="ghost">
              Sign in
            </ButtonLink>
            <ButtonLink href="/signup" variant="primary">
              Sign up
            </ButtonLink>
          </nav>
        </div>
      </header>
      <main className="flex-1">
        <section className="relative overflow-hidden bg-gradient-to-b from-indigo-50 via-white to-white">
          <div className="mx-auto max-w-3xl px-4 pt-20 pb-16 text-center sm:px-6 sm:pt-28">
            <p className="inline-flex items-center rounded-full bg-white px-3 py-1 text-xs font-medium text-indigo-700 shadow-sm ring-1 ring-indigo-100">
              Goals and milestones for teams
            </p>
            <h1 className="mt-6 text-4xl font-semibold tracking-tight text-balance text-slate-900 sm:text-5xl">
              Set the destination. <span className="text-indigo-600">Mark the way.</span>
            </h1>
            <p className="mx-auto mt-5 max-w-xl text-lg text-pretty text-slate-600">
              Waymark keeps your team&apos;s goals, the milestones on the way, and who is on each of them in one calm place —
              so everyone can see how far you&apos;ve come.
            </p>
            <div className="mt-9 flex flex-wrap justify-center gap-3">
              <ButtonLink href="/signup" variant="primary" className="h-11 px-6 text-base">
                Create a free account
              </ButtonLink>
              <ButtonLink href="/signin" variant="secondary" className="h-11 px-6 text-base">
                I have an account
              </ButtonLink>
            </div>
          </div>
        </section>
        <section aria-labelledby="features" className="mx-auto max-w-6xl px-4 pb-24 sm:px-6">
          <h2 id="features" className="sr-only">
            What you get
          </h2>
          <ul className="grid gap-6 md:grid-cols-3">
            {features.map((f) => (
              <li key={f.title} className="rounded-xl border border-slate-200 bg-white p-6 shadow-sm">
                <span className="flex size-10 items-center justify-center rounded-lg bg-indigo-50 text-indigo-600">
                  <f.icon aria-hidden className="size-5" />
                </span>
                <h3 className="mt-4 font-semibold text-slate-900">{f.title}</h3>
                <p className="mt-2 text-sm leading-6 text-slate-600">{f.body}</p>
              </li>
            ))}
          </ul>
        </section>
      </main>
      <footer className="border-t border-slate-100 py-8 text-center text-xs text-slate-500">
        Waymark — set the destination, mark the way.
      </footer>
    </div>
  );
}
