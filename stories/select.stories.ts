/**
 * `<portal-select>` in every state: choices from `<option>` children or the `options` property,
 * required and shown invalid (as after a submit), disabled, right to left.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@portal-kit/elements/select/define';
import type { PortalSelect, SelectOption } from '@portal-kit/elements';

interface SelectArgs {
  label: string;
  hint: string;
  required: boolean;
  disabled: boolean;
}

const YEARS: SelectOption[] = [
  { value: '', label: '—' },
  ...[2024, 2023, 2022, 2021].map((year) => ({ value: String(year), label: String(year) })),
];

function select(args: SelectArgs, value = '') {
  return html`<form novalidate @submit=${(event: Event) => event.preventDefault()}>
    <portal-select
      name="year"
      label=${args.label}
      hint=${args.hint}
      value=${value}
      ?required=${args.required}
      ?disabled=${args.disabled}
      .options=${YEARS}
    ></portal-select>
  </form>`;
}

const meta: Meta<SelectArgs> = {
  title: 'Forms/Select',
  component: 'portal-select',
  args: {
    label: 'Year',
    hint: 'The year the document was issued',
    required: false,
    disabled: false,
  },
  parameters: {
    docs: {
      description: {
        component:
          'A labelled, validated, form-associated native select (GOV.UK pattern). See ' +
          'docs/components/forms.md.',
      },
    },
  },
};

export default meta;

type Story = StoryObj<SelectArgs>;

/** Choices from the `options` property. */
export const Default: Story = { render: (args) => select(args) };

/** Choices written as `<option>` children in the page. */
export const OptionChildren: Story = {
  name: 'Option children',
  render: (args) =>
    html`<portal-select name="category" label="Category" ?required=${args.required}>
      <option value="">All categories</option>
      <option value="domestic-trade">Domestic trade</option>
      <option value="foreign-trade">Foreign trade</option>
      <option value="foreign-investment">Foreign investment</option>
    </portal-select>`,
};

/** Required with no choice, after a submit: "Select year". */
export const Invalid: Story = {
  args: { required: true },
  render: (args) => select(args),
  play: async ({ canvasElement }) => {
    const element = canvasElement.querySelector<PortalSelect>('portal-select')!;
    element.markSubmitted();
    await element.updateComplete;
  },
};

/** Disabled, with a choice. */
export const Disabled: Story = {
  args: { disabled: true },
  render: (args) => select(args, '2023'),
};

/** Arabic, right to left. */
export const ArabicRTL: Story = {
  name: 'Arabic (RTL)',
  globals: { locale: 'ar', direction: 'rtl' },
  args: { label: 'السنة', hint: 'سنة إصدار الوثيقة', required: true },
  render: (args) => select(args),
  play: async ({ canvasElement }) => {
    const element = canvasElement.querySelector<PortalSelect>('portal-select')!;
    element.markSubmitted();
    await element.updateComplete;
  },
};
