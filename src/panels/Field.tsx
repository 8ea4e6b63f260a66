import { useId, useState, type KeyboardEvent } from 'react';

type Props = {
  label: string;
  value: string;
  onCommit: (value: string) => boolean | void;
  multiline?: boolean;
  maxLength: number;
  type?: 'text' | 'number';
  placeholder?: string;
  hideLabel?: boolean;
  /** A one-paragraph text that wraps and grows, but commits on Enter like a single line. */
  wrap?: boolean;
  /** Says why a draft cannot be kept; the draft then stays for the user to correct, never silently reverted. */
  validate?: (value: string) => string | null;
};

/** A field that edits a draft and commits it on blur or Enter (one undo step); Escape restores. */
export function Field({
  label,
  value,
  onCommit,
  multiline,
  maxLength,
  type = 'text',
  placeholder,
  hideLabel,
  wrap,
  validate,
}: Props) {
  const id = useId();
  const [draft, setDraft] = useState(value);
  const [error, setError] = useState<string | null>(null);
  // The stored value changed under the field (undo, another node): show it, as React advises.
  const [shown, setShown] = useState(value);
  if (shown !== value) {
    setShown(value);
    setDraft(value);
    setError(null);
  }
  const commit = () => {
    if (draft === value) return setError(null);
    const problem = validate?.(draft) ?? null;
    setError(problem);
    if (problem) return;
    if (onCommit(draft) === false) setDraft(value);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement | HTMLTextAreaElement>) => {
    if (e.key === 'Escape') {
      e.stopPropagation();
      setDraft(value);
      setError(null);
    }
    if (e.key === 'Enter' && (!multiline || e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      commit();
    }
  };
  const common = {
    id,
    value: draft,
    maxLength,
    placeholder,
    onChange: (e: { target: { value: string } }) => {
      setDraft(e.target.value);
      setError(null);
    },
    'aria-invalid': error ? true : undefined,
    'aria-describedby': error ? `${id}-error` : undefined,
    onBlur: commit,
    onKeyDown,
    className:
      'w-full rounded-md border border-transparent bg-transparent px-2 py-1 text-sm text-slate-800 hover:border-slate-200 focus:border-blue-500 focus:bg-white focus:outline-none',
  };
  return (
    <div>
      <label
        htmlFor={id}
        className={
          hideLabel ? 'sr-only' : 'mb-0.5 block px-2 text-xs font-semibold tracking-wide text-slate-500'
        }
      >
        {label}
      </label>
      {wrap ? (
        <textarea
          {...common}
          rows={1}
          className={`${common.className} field-sizing-content resize-none leading-snug`}
        />
      ) : multiline ? (
        <textarea
          {...common}
          rows={2}
          className={`${common.className} field-sizing-content max-h-72 min-h-14 resize-y leading-relaxed`}
        />
      ) : (
        <input {...common} type={type} />
      )}
      {error ? (
        <p id={`${id}-error`} role="alert" className="mt-0.5 px-2 text-xs text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}
