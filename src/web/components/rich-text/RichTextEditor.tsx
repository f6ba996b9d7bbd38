// The rich-text editor (TipTap): bold, italic, lists and links, read-only when not editable.
import { ActionIcon, Group, Paper, Tooltip } from '@mantine/core';
import { IconBold, IconItalic, IconLink, IconList, IconListNumbers, IconUnlink } from '@tabler/icons-react';
import Link from '@tiptap/extension-link';
import { EditorContent, useEditor, useEditorState } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import classes from './RichTextEditor.module.css';

interface Props {
  /** The accessible name of the text area ("Minutes of item 2: …"). */
  label: string;
  content: string;
  editable: boolean;
  onChange: (html: string) => void;
  /** Changing it replaces the content (after a reload). */
  resetKey: string | number;
}

/** Rich text with a small toolbar: bold, italic, lists, links. */
export function RichTextEditor({ label, content, editable, onChange, resetKey }: Props) {
  const { t } = useTranslation();
  const editor = useEditor({
    extensions: [StarterKit.configure({ link: false }), Link.configure({ openOnClick: false, autolink: true, protocols: ['https', 'mailto'] })],
    content,
    editable,
    immediatelyRender: true,
    editorProps: { attributes: { 'aria-label': label, role: 'textbox', 'aria-multiline': 'true', class: classes.content } },
    onUpdate: ({ editor: e }) => onChange(e.getHTML()),
  });
  const state = useEditorState({
    editor,
    selector: ({ editor: e }) => ({
      bold: e?.isActive('bold') ?? false,
      italic: e?.isActive('italic') ?? false,
      bullet: e?.isActive('bulletList') ?? false,
      ordered: e?.isActive('orderedList') ?? false,
      link: e?.isActive('link') ?? false,
    }),
  });

  // biome-ignore lint/correctness/useExhaustiveDependencies: only a new resetKey replaces the text
  useEffect(() => {
    if (editor && editor.getHTML() !== content) editor.commands.setContent(content, { emitUpdate: false });
  }, [resetKey, editor]);
  useEffect(() => {
    editor?.setEditable(editable);
  }, [editor, editable]);

  const tool = (key: string, name: string, active: boolean, icon: React.ReactNode, run: () => void) => (
    <Tooltip label={name} key={key}>
      <ActionIcon variant={active ? 'light' : 'subtle'} color="gray" aria-label={name} aria-pressed={active} onClick={run}>
        {icon}
      </ActionIcon>
    </Tooltip>
  );
  const setLink = () => {
    if (!editor) return;
    const url = window.prompt(t('common.editor.linkPrompt'), editor.getAttributes('link').href ?? 'https://');
    if (url === null) return;
    if (url === '' || url === 'https://') editor.chain().focus().unsetLink().run();
    else editor.chain().focus().extendMarkRange('link').setLink({ href: url }).run();
  };

  return (
    <Paper withBorder radius="sm" className={classes.root} data-readonly={!editable || undefined}>
      {editable && editor && (
        <Group gap={2} p={4} className={classes.toolbar} role="toolbar" aria-label={t('common.editor.toolbar', { name: label })}>
          {tool('b', t('common.editor.bold'), state?.bold ?? false, <IconBold size={16} aria-hidden />, () => editor.chain().focus().toggleBold().run())}
          {tool('i', t('common.editor.italic'), state?.italic ?? false, <IconItalic size={16} aria-hidden />, () => editor.chain().focus().toggleItalic().run())}
          {tool('ul', t('common.editor.bulletList'), state?.bullet ?? false, <IconList size={16} aria-hidden />, () => editor.chain().focus().toggleBulletList().run())}
          {tool('ol', t('common.editor.orderedList'), state?.ordered ?? false, <IconListNumbers size={16} aria-hidden />, () => editor.chain().focus().toggleOrderedList().run())}
          {tool('link', t('common.editor.link'), state?.link ?? false, <IconLink size={16} aria-hidden />, setLink)}
          {state?.link && tool('unlink', t('common.editor.unlink'), false, <IconUnlink size={16} aria-hidden />, () => editor.chain().focus().unsetLink().run())}
        </Group>
      )}
      <EditorContent editor={editor} />
    </Paper>
  );
}
