"use client";

import type { ComponentProps } from "react";
import { TITLE_MAX } from "@/domain/schemas/goal.ts";
import { cx } from "./cx";
import { TextField } from "./fields";

/** "12/200", or "5,000/200 · 4,800 too many" once over: the title is never cut, the form refuses it. */
export function titleCount(length: number, max = TITLE_MAX): string {
  const n = (x: number) => x.toLocaleString("en");
  return length > max ? `${n(length)}/${n(max)} · ${n(length - max)} too many` : `${n(length)}/${n(max)}`;
}

/**
 * A title input with a character counter. No `maxLength`: a pasted 5,000-character title would be
 * cut to 200 without a word; instead the counter turns red and the form's validation refuses it.
 */
export function TitleField({ value, ...props }: ComponentProps<typeof TextField> & { value: string }) {
  const length = value.trim().length;
  const over = length > TITLE_MAX;
  return (
    <TextField
      {...props}
      value={value}
      dir="auto"
      description={
        <span className={cx("tabular-nums", over ? "font-medium text-red-700" : "text-slate-500")}>{titleCount(length)}</span>
      }
    />
  );
}
