"use client";

import { Star } from "lucide-react";
import { type ReactNode, useCallback, useEffect, useRef, useState } from "react";

const COLOURS = ["#6366f1", "#34d399", "#fbbf24", "#fb7185", "#38bdf8", "#a78bfa", "#f472b6"];
const PARTICLES = 44;
const TOAST_MS = 5000;

const reducedMotion = () =>
  typeof window !== "undefined" && window.matchMedia?.("(prefers-reduced-motion: reduce)").matches === true;

/** A short confetti burst from `origin` (an element or the upper middle of the viewport); Web Animations, no CSS file. */
function burst(layer: HTMLElement, origin?: Element | null) {
  const rect = origin?.getBoundingClientRect();
  const x = rect ? rect.left + rect.width / 2 : window.innerWidth / 2;
  const y = rect ? rect.top + rect.height / 2 : window.innerHeight * 0.35;
  for (let i = 0; i < PARTICLES; i++) {
    const piece = document.createElement("span");
    const size = 7 + Math.random() * 6;
    const round = Math.random() < 0.35;
    Object.assign(piece.style, {
      position: "absolute",
      left: `${x}px`,
      top: `${y}px`,
      width: `${size}px`,
      height: `${round ? size * 0.8 : size * 0.5}px`,
      borderRadius: round ? "9999px" : "1px",
      background: COLOURS[i % COLOURS.length],
      willChange: "transform, opacity",
    });
    layer.appendChild(piece);
    // An upward fan, then gravity.
    const angle = (-160 + Math.random() * 140) * (Math.PI / 180);
    const distance = 90 + Math.random() * 170;
    const dx = Math.cos(angle) * distance;
    const dy = Math.sin(angle) * distance;
    const fall = 120 + Math.random() * 140;
    const spin = (Math.random() < 0.5 ? -1 : 1) * (240 + Math.random() * 480);
    const animation = piece.animate(
      [
        { transform: "translate(-50%, -50%) rotate(0deg) scale(0.6)", opacity: 1 },
        { transform: `translate(calc(-50% + ${dx}px), calc(-50% + ${dy}px)) rotate(${spin / 2}deg) scale(1)`, opacity: 1, offset: 0.35 },
        { transform: `translate(calc(-50% + ${dx * 1.25}px), calc(-50% + ${dy + fall}px)) rotate(${spin}deg) scale(0.9)`, opacity: 0 },
      ],
      { duration: 1100 + Math.random() * 600, easing: "cubic-bezier(0.2, 0.7, 0.3, 1)", fill: "forwards" },
    );
    animation.onfinish = () => piece.remove();
    animation.oncancel = () => piece.remove();
  }
}

/**
 * A visible moment for wins: `celebrate("Milestone done — nice work!", checkboxElement)` shows a
 * short confetti burst (skipped under prefers-reduced-motion) and a toast that screen readers
 * announce (role="status"). Render `celebration` once in the page.
 */
export function useCelebration(): { celebrate: (message: string, origin?: Element | null) => void; celebration: ReactNode } {
  const [toast, setToast] = useState<{ id: number; message: string } | null>(null);
  const layerRef = useRef<HTMLDivElement>(null);

  const celebrate = useCallback((message: string, origin?: Element | null) => {
    setToast({ id: Date.now(), message });
    if (layerRef.current && !reducedMotion()) burst(layerRef.current, origin);
  }, []);

  useEffect(() => {
    if (!toast) return;
    const timer = window.setTimeout(() => setToast(null), TOAST_MS);
    return () => window.clearTimeout(timer);
  }, [toast]);

  const celebration = (
    <>
      <div ref={layerRef} aria-hidden className="pointer-events-none fixed inset-0 z-50 overflow-hidden" />
      <div
        role="status"
        aria-live="polite"
        className="pointer-events-none fixed inset-x-4 bottom-6 z-50 flex justify-center sm:inset-x-auto sm:left-1/2 sm:-translate-x-1/2"
      >
        {toast ? <Toast key={toast.id} message={toast.message} onDismiss={() => setToast(null)} /> : null}
      </div>
    </>
  );
  return { celebrate, celebration };
}

function Toast({ message, onDismiss }: { message: string; onDismiss: () => void }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (reducedMotion()) return;
    ref.current?.animate(
      [
        { transform: "translateY(12px) scale(0.96)", opacity: 0 },
        { transform: "translateY(0) scale(1)", opacity: 1 },
      ],
      { duration: 260, easing: "cubic-bezier(0.2, 0.8, 0.3, 1)" },
    );
  }, []);
  return (
    <div
      ref={ref}
      className="pointer-events-auto flex max-w-md items-center gap-3 rounded-xl bg-slate-900 py-3 pr-2 pl-4 text-sm text-white shadow-xl ring-1 ring-white/10"
    >
      <span aria-hidden className="flex size-8 shrink-0 items-center justify-center rounded-full bg-emerald-500/20 text-emerald-300">
        <Star aria-hidden fill="currentColor" className="size-5" />
      </span>
      <p className="font-medium">{message}</p>
      <button
        type="button"
        onClick={onDismiss}
        className="ml-1 rounded-md px-2 py-1 text-xs font-medium text-slate-300 hover:bg-white/10 hover:text-white"
      >
        Dismiss
      </button>
    </div>
  );
}
