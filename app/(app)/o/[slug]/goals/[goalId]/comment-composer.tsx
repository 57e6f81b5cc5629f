"use client";

import { type FormEvent, useState } from "react";
import { Alert } from "@/app/_components/Alert";
import { Button } from "@/app/_components/Button";
import { TextArea } from "@/app/_components/fields";
import { formErrorsFrom } from "@/app/_components/form-errors";
import { encodeMentions } from "@/domain/mentions";
import { CommentMentionList } from "./comment-mention-list";
import { type CommentTargetId, useAddComment } from "./use-comment-actions";
import { useMentionAutocomplete } from "./use-mention-autocomplete";

/**
 * The comment box: "@" opens the organization's members to mention (the mention is sent as the
 * person's id, see domain/mentions.ts), Ctrl/Cmd + Enter posts.
 */
export function CommentComposer({
  target,
  milestoneTitle,
  pad,
  onPosted,
}: {
  target: CommentTargetId;
  milestoneTitle: string | null;
  pad: string;
  onPosted: () => void;
}) {
  const [body, setBody] = useState("");
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const mention = useMentionAutocomplete(body, setBody);
  const { post, posting } = useAddComment(target);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setFormError(null);
    if (!body.trim()) {
      setFieldError("Write a comment.");
      mention.ref.current?.focus();
      return;
    }
    try {
      await post(encodeMentions(body, mention.picked));
      setBody("");
      mention.reset();
      setFieldError(null);
      onPosted();
    } catch (e) {
      const errors = formErrorsFrom(e, ["body"]);
      setFieldError(errors.fieldErrors.body ?? null);
      setFormError(errors.formError ?? null);
      if (errors.fieldErrors.body) mention.ref.current?.focus();
    }
  }

  return (
    <form
      noValidate
      onSubmit={submit}
      aria-label={milestoneTitle != null ? `Add comment on ${milestoneTitle}` : "Add comment"}
      className={`space-y-3 border-t border-slate-200 bg-slate-50/70 py-4 ${pad} ${milestoneTitle != null ? "rounded-b-lg" : "rounded-b-xl"}`}
    >
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      <div className="relative">
        <TextArea
          ref={mention.ref}
          label={milestoneTitle != null ? `Comment on ${milestoneTitle}` : "Comment"}
          name="body"
          rows={milestoneTitle != null ? 2 : 3}
          maxLength={5000}
          value={body}
          {...mention.inputProps}
          onChange={(e) => {
            setBody(e.target.value);
            mention.trackCaret(e.currentTarget);
            if (fieldError) setFieldError(null);
          }}
          onSelect={(e) => mention.trackCaret(e.currentTarget)}
          onBlur={mention.dismiss}
          onKeyDown={(e) => {
            if (mention.onKeyDown(e)) return;
            if (e.key === "Enter" && (e.metaKey || e.ctrlKey)) e.currentTarget.form?.requestSubmit();
          }}
          error={fieldError}
          placeholder="Ask a question, @mention someone, share a link…"
          description="Type @ to mention someone. Ctrl + Enter to post."
        />
        {mention.open ? (
          <CommentMentionList
            id={mention.listboxId}
            optionId={mention.optionId}
            options={mention.options}
            activeIndex={mention.activeIndex}
            loading={mention.loading}
            query={mention.query}
            onHover={mention.setActive}
            onPick={mention.pick}
          />
        ) : null}
      </div>
      <div className="flex justify-end">
        <Button type="submit" variant="primary" size={milestoneTitle != null ? "sm" : undefined} loading={posting}>
          Post comment
        </Button>
      </div>
    </form>
  );
}
