import { useId, type ReactNode, type Ref } from 'react';

/*
 * The labelled controls of the option forms (export, page options): one look and one way to
 * label them, so every select is named by its label and a disabled row dims as a whole.
 */

export const fieldLabel = 'mb-1 block text-xs font-semibold tracking-wide text-slate-600';
const control = 'h-8 w-full rounded-md border border-slate-300 bg-white px-2 text-sm';

export type Choice<T> = { value: T; label: string; disabled?: boolean };

export function SelectField<T extends string | number>({
  id,
  label,
  value,
  choices,
  onChange,
  disabled = false,
  selectRef,
  className = '',
}: {
  id?: string;
  label: string;
  value: T;
  choices: readonly Choice<T>[];
  onChange: (value: T) => void;
  disabled?: boolean;
  selectRef?: Ref<HTMLSelectElement>;
  className?: string;
}) {
  const auto = useId();
  const fieldId = id ?? auto;
  return (
    <div className={`${disabled ? 'opacity-40' : ''} ${className}`}>
      <label className={fieldLabel} htmlFor={fieldId}>
        {label}
      </label>
      <select
        id={fieldId}
        ref={selectRef}
        className={control}
        disabled={disabled}
        value={value}
        onChange={(e) => {
          // Option values are strings in the DOM; hand back the typed value they stand for.
          const picked = choices.find((c) => String(c.value) === e.target.value);
          if (picked) onChange(picked.value);
        }}
      >
        {choices.map((c) => (
          <option key={String(c.value)} value={c.value} disabled={c.disabled}>
            {c.label}
          </option>
        ))}
      </select>
    </div>
  );
}

export function NumberField({
  id,
  label,
  value,
  min,
  max,
  step = 1,
  onChange,
  className = '',
}: {
  id?: string;
  label: string;
  value: number;
  min: number;
  max: number;
  step?: number;
  onChange: (value: number) => void;
  className?: string;
}) {
  const auto = useId();
  const fieldId = id ?? auto;
  return (
    <div className={className}>
      <label className={fieldLabel} htmlFor={fieldId}>
        {label}
      </label>
      <input
        id={fieldId}
        type="number"
        inputMode="decimal"
        min={min}
        max={max}
        step={step}
        className={control}
        value={value}
        onChange={(e) => {
          const next = Number(e.target.value);
          if (Number.isFinite(next)) onChange(next);
        }}
      />
    </div>
  );
}

/** A group of radio buttons with its legend; `children` adds rows below the choices. */
export function RadioField<T extends string | boolean>({
  legend,
  name,
  value,
  choices,
  onChange,
  disabled = false,
  children,
}: {
  legend: string;
  name: string;
  value: T;
  choices: readonly Choice<T>[];
  onChange: (value: T) => void;
  disabled?: boolean;
  children?: ReactNode;
}) {
  return (
    <fieldset disabled={disabled} className="space-y-2 disabled:opacity-40">
      <legend className={fieldLabel}>{legend}</legend>
      {choices.map((c) => (
        <label
          key={String(c.value)}
          className={`flex items-center gap-2 text-sm ${c.disabled ? 'opacity-40' : ''}`}
        >
          <input
            type="radio"
            name={name}
            disabled={c.disabled}
            checked={value === c.value}
            onChange={() => onChange(c.value)}
          />
          {c.label}
        </label>
      ))}
      {children}
    </fieldset>
  );
}

export function CheckField({
  label,
  checked,
  onChange,
  disabled = false,
}: {
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  disabled?: boolean;
}) {
  return (
    <label className={`flex items-center gap-2 text-sm ${disabled ? 'opacity-40' : ''}`}>
      <input
        type="checkbox"
        checked={checked}
        disabled={disabled}
        onChange={(e) => onChange(e.target.checked)}
      />
      {label}
    </label>
  );
}
