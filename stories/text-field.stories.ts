/**
 * `<portal-text-field>` in every state: empty, with a hint, filled, required and shown invalid
 * (as after a submit), multi-line with its character count (within and over the limit), a cut
 * paste, email, disabled, a very long label, right to left. The toolbar's language applies to
 * the kit's strings (messages, count); the labels are the page's own text, in Chinese or English.
 */
import type { Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '@portal-kit/elements/text-field/define';
import type { PortalTextField } from '@portal-kit/elements';

/** The controls of the stories: the element's attributes. */
interface TextFieldArgs {
  label: string;
  hint: string;
  required: boolean;
  disabled: boolean;
  multiline: boolean;
  maxlength?: number;
  type: 'text' | 'email' | 'tel' | 'url' | 'search';
  value: string;
}

/** A page's own label text: Chinese on a Chinese page, else English. */
function pageText(context: StoryContext<TextFieldArgs>, zh: string, en: string): string {
  return String(context.globals.locale ?? 'zh-CN') === 'zh-CN' ? zh : en;
}

function field(args: TextFieldArgs) {
  return html`<form novalidate @submit=${(event: Event) => event.preventDefault()}>
    <portal-text-field
      name="answer"
      label=${args.label}
      hint=${args.hint || nothing}
      type=${args.type}
      value=${args.value || nothing}
      maxlength=${args.maxlength ?? nothing}
      ?required=${args.required}
      ?disabled=${args.disabled}
      ?multiline=${args.multiline}
    ></portal-text-field>
  </form>`;
}

/** Shows every field's error, as a failed submit does. */
async function submitted({ canvasElement }: { canvasElement: HTMLElement }): Promise<void> {
  for (const element of canvasElement.querySelectorAll<PortalTextField>('portal-text-field')) {
    element.markSubmitted();
    await element.updateComplete;
  }
}

const meta: Meta<TextFieldArgs> = {
  title: 'Forms/Text field',
  component: 'portal-text-field',
  args: {
    label: 'Full name',
    hint: '',
    required: false,
    disabled: false,
    multiline: false,
    type: 'text',
    value: '',
  },
  argTypes: {
    type: { control: 'select', options: ['text', 'email', 'tel', 'url', 'search'] },
    maxlength: { control: { type: 'number', min: 1 } },
  },
  parameters: {
    docs: {
      description: {
        component:
          'A labelled, validated, form-associated text input or textarea (GOV.UK pattern). See ' +
          'docs/components/forms.md for how a component builds a form on it.',
      },
    },
  },
};

export default meta;

type Story = StoryObj<TextFieldArgs>;

/** Empty, with a label only. */
export const Default: Story = {
  render: (args, context) => field({ ...args, label: pageText(context, '姓名', args.label) }),
};

/** A hint under the label, read with the field (`aria-describedby`). */
export const WithHint: Story = {
  name: 'With hint',
  render: (args, context) =>
    field({
      ...args,
      label: pageText(context, '文号', 'File number'),
      hint: pageText(context, '例如：商资发〔2006〕123号', 'For example, 商资发〔2006〕123号'),
    }),
};

/** Required and left empty, after a submit: the error bar, the message and `aria-invalid`. */
export const Invalid: Story = {
  args: { required: true },
  render: (args, context) =>
    field({ ...args, label: pageText(context, '电子邮箱', 'Email address'), type: 'email' }),
  play: submitted,
};

/** An email address in the wrong format, after a submit. */
export const InvalidEmail: Story = {
  name: 'Invalid email',
  args: { type: 'email', value: 'name@example' },
  render: (args, context) =>
    field({ ...args, label: pageText(context, '电子邮箱', 'Email address') }),
  play: submitted,
};

/** Multi-line with a limit: "You can enter up to 200 characters", then how many are left. */
export const CharacterCount: Story = {
  name: 'Character count',
  args: { multiline: true, maxlength: 200, value: '' },
  render: (args, context) =>
    field({ ...args, label: pageText(context, '留言内容', 'Your message') }),
};

/** Over the limit after a submit: the text is kept, the count and the error say by how much. */
export const OverTheLimit: Story = {
  name: 'Over the limit',
  args: { multiline: true, maxlength: 20, value: 'This message is longer than twenty characters.' },
  render: (args, context) =>
    field({ ...args, label: pageText(context, '留言内容', 'Your message') }),
  play: submitted,
};

/** A paste of far more than the limit was cut, with a notice. */
export const CutPaste: Story = {
  name: 'Cut paste',
  args: { multiline: true, maxlength: 10 },
  render: (args, context) =>
    field({ ...args, label: pageText(context, '留言内容', 'Your message') }),
  play: async ({ canvasElement }) => {
    const element = canvasElement.querySelector<PortalTextField>('portal-text-field')!;
    await element.updateComplete;
    const control = element.shadowRoot!.querySelector('textarea')!;
    const clipboardData = new DataTransfer();
    clipboardData.setData('text/plain', 'x'.repeat(5000));
    control.dispatchEvent(new ClipboardEvent('paste', { clipboardData, cancelable: true }));
    await element.updateComplete;
  },
};

/** Disabled: not focusable, not submitted. */
export const Disabled: Story = {
  args: { disabled: true, value: '王小明' },
  render: (args, context) => field({ ...args, label: pageText(context, '姓名', args.label) }),
};

/** A very long label and hint wrap; the error still reads. */
export const LongLabel: Story = {
  name: 'Long label',
  args: { required: true },
  render: (args) =>
    field({
      ...args,
      label:
        'The name of the company, organisation or person on whose behalf you are writing to the ministry, as registered',
      hint: 'If you write for yourself, leave this empty. Do not include titles or honorifics, and write the name as it appears on the registration certificate.',
    }),
  play: submitted,
};

/** Arabic, right to left: the error bar on the right; typed Latin text keeps its own direction. */
export const ArabicRTL: Story = {
  name: 'Arabic (RTL)',
  globals: { locale: 'ar', direction: 'rtl' },
  args: { required: true, value: 'Trade office — مكتب التجارة' },
  render: (args) => field({ ...args, label: 'الاسم الكامل', multiline: true, maxlength: 20 }),
  play: submitted,
};
