"use client";

import { type Ref, useLayoutEffect, useRef } from "react";
import { Button } from "@/app/_components/Button";
import { Icon } from "@/app/_components/goals/icons";

/** Move up / down, edit and delete for one milestone row. */
export function MilestoneRowActions({
  title,
  index,
  count,
  editRef,
  onMove,
  onEdit,
  onDelete,
}: {
  title: string;
  index: number;
  count: number;
  editRef: Ref<HTMLButtonElement>;
  onMove: (direction: "up" | "down") => void;
  onEdit: () => void;
  onDelete: () => void;
}) {
  const upRef = useRef<HTMLButtonElement>(null);
  const downRef = useRef<HTMLButtonElement>(null);
  const pendingFocus = useRef<"up" | "down" | null>(null);

  // Keyboard reorder: keep focus on the arrow that was pressed as the row moves (or on the other
  // arrow once the row reaches the top or bottom and this one becomes disabled).
  useLayoutEffect(() => {
    const dir = pendingFocus.current;
    if (!dir) return;
    pendingFocus.current = null;
    const target = dir === "up" ? (index > 0 ? upRef : downRef) : index < count - 1 ? downRef : upRef;
    target.current?.focus();
  }, [index, count]);

  const move = (direction: "up" | "down") => {
    pendingFocus.current = direction;
    onMove(direction);
  };

  const ghost = { variant: "ghost", size: "sm", className: "px-1.5" } as const;
  return (
    <div className="-mr-2 flex shrink-0 items-center print:hidden">
      <Button
        ref={upRef}
        {...ghost}
        aria-label={`Move ${title} up`}
        title="Move up"
        disabled={index === 0}
        onClick={() => move("up")}
        icon={<Icon name="up" />}
      />
      <Button
        ref={downRef}
        {...ghost}
        aria-label={`Move ${title} down`}
        title="Move down"
        disabled={index === count - 1}
        onClick={() => move("down")}
        icon={<Icon name="down" />}
      />
      <Button ref={editRef} {...ghost} aria-label={`Edit ${title}`} title="Edit" onClick={onEdit} icon={<Icon name="pencil" />} />
      <Button
        variant="ghost-danger"
        size="sm"
        className="px-1.5"
        aria-label={`Delete ${title}`}
        title="Delete"
        onClick={onDelete}
        icon={<Icon name="trash" />}
      />
    </div>
  );
}
