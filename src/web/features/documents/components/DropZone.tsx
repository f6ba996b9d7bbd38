// Where a file is dropped or chosen (by keyboard too).
import { Text, UnstyledButton } from '@mantine/core';
import { IconUpload } from '@tabler/icons-react';
import { type DragEvent, useRef, useState } from 'react';
import classes from './DropZone.module.css';

interface DropZoneProps {
  id?: string;
  /** The visible call to action, which is also the control's name. */
  label: string;
  hint?: string;
  error?: string;
  disabled?: boolean;
  onFile: (file: File) => void;
}

const hasFiles = (event: DragEvent) => Array.from(event.dataTransfer.types).includes('Files');

/** Drop a file here, or press it (Enter / Space / click) to choose one. */
export function DropZone({ id, label, hint, error, disabled, onFile }: DropZoneProps) {
  const inputRef = useRef<HTMLInputElement>(null);
  const [active, setActive] = useState(false);
  const hintId = id ? `${id}-hint` : undefined;
  const errorId = id ? `${id}-error` : undefined;

  const onDrop = (event: DragEvent<HTMLButtonElement>) => {
    event.preventDefault();
    setActive(false);
    if (disabled) return;
    const file = event.dataTransfer.files[0];
    if (file) onFile(file);
  };

  return (
    <div>
      <UnstyledButton
        id={id}
        className={classes.zone}
        data-active={active || undefined}
        data-error={error ? true : undefined}
        data-disabled={disabled || undefined}
        disabled={disabled}
        aria-describedby={[hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ') || undefined}
        aria-invalid={error ? true : undefined}
        onClick={() => inputRef.current?.click()}
        onDragEnter={(e) => {
          if (!hasFiles(e)) return;
          e.preventDefault();
          setActive(true);
        }}
        onDragOver={(e) => {
          if (!hasFiles(e)) return;
          e.preventDefault();
          e.dataTransfer.dropEffect = disabled ? 'none' : 'copy';
        }}
        onDragLeave={() => setActive(false)}
        onDrop={onDrop}
      >
        <IconUpload size={24} aria-hidden />
        <Text size="sm" fw={600}>
          {label}
        </Text>
        {hint && (
          <Text size="xs" c="dimmed" id={hintId}>
            {hint}
          </Text>
        )}
      </UnstyledButton>
      {error && (
        <Text size="sm" c="var(--mantine-color-error)" mt={4} id={errorId}>
          {error}
        </Text>
      )}
      <input
        ref={inputRef}
        type="file"
        hidden
        tabIndex={-1}
        aria-hidden
        onChange={(e) => {
          const file = e.currentTarget.files?.[0];
          e.currentTarget.value = '';
          if (file) onFile(file);
        }}
      />
    </div>
  );
}
