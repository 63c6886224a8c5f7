/**
 * Messages next to the control they are about: a save that failed, a date that does not exist, a
 * text another tab changed. Placed right after the control, or after its closest
 * `[data-tool-message-anchor]` (the group of a radio, the row of a file input), and tied to the
 * control with `aria-describedby`, so the reader sees and hears it where they typed.
 */
import { h } from './dom.ts';

export interface MessageAction {
  label: string;
  run: () => void;
}

let nextId = 0;
const messages = new WeakMap<Element, HTMLElement>();

function anchorOf(control: Element): Element {
  return control.closest('[data-tool-message-anchor]') ?? control;
}

function describedBy(control: Element, id: string, add: boolean) {
  // The message comes first: it is what the reader needs now, before a control's standing note.
  const ids = new Set([...(add ? [id] : []), ...(control.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean)]);
  if (!add) ids.delete(id);
  if (ids.size) control.setAttribute('aria-describedby', [...ids].join(' '));
  else control.removeAttribute('aria-describedby');
}

/**
 * Shows `text` next to `control` (replacing an earlier message about it), with optional buttons.
 * `info`: news that is no fault or loss (a deleted record is back), styled and announced as the
 * tools' status lines are, not as an alert.
 */
export function showFieldMessage(control: Element, text: string, actions: readonly MessageAction[] = [], info = false): HTMLElement {
  let message = messages.get(control);
  if (!message?.isConnected) {
    message = h('div', { class: 'tool-field-message', id: `${control.id || 'tool-field'}-message-${++nextId}`, 'data-field-message': '' });
    anchorOf(control).after(message);
    messages.set(control, message);
  }
  message.setAttribute('role', info ? 'status' : 'alert');
  const buttons = actions.map((action) => {
    const button = h('button', { type: 'button', class: 'tool-button' }, action.label);
    button.addEventListener('click', () => action.run());
    return button;
  });
  // A message redrawn while its reader is on one of its buttons keeps them on the button in that
  // place (the choices keep their order): replaced, the focused button would drop the focus to the page.
  const focused = [...message.querySelectorAll('button')].indexOf(document.activeElement as HTMLButtonElement);
  // A status is announced when its text changes, not when it comes with it (an alert is): its
  // text comes a frame after the region is in place with its role.
  const line = h('p', {}, info ? '' : text);
  if (info) requestAnimationFrame(() => (line.textContent = text));
  message.replaceChildren(line, ...(buttons.length ? [h('div', { class: 'tool-buttons' }, buttons)] : []));
  if (focused >= 0) (buttons[focused] ?? buttons.at(-1) ?? control as HTMLElement).focus?.();
  describedBy(control, message.id, true);
  return message;
}

/** Removes the message about `control`, if any. */
export function clearFieldMessage(control: Element): void {
  const message = messages.get(control);
  if (!message) return;
  describedBy(control, message.id, false);
  message.remove();
  messages.delete(control);
}

/** True when a message about `control` is shown. */
export const hasFieldMessage = (control: Element): boolean => !!messages.get(control)?.isConnected;
