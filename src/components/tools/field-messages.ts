/**
 * Messages next to the control they are about: a save that failed, a date that does not exist, a
 * text another tab changed. Placed right after the control, or after its closest
 * `[data-tool-message-anchor]` (the group of a radio, the row of a file input), and tied to the
 * control with `aria-describedby`, so the reader sees and hears it where they typed.
 */
import { h } from './dom.ts';
import { storageFullSentence } from '../../lib/browser/store.ts';

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

/**
 * The messages on the page saying that a save was refused for a full storage, by control. The page
 * has one storage: each refused save leaving its own copy by its control would put a column of the
 * same sentence down the form, most of them about saves the reader has moved on from (a choice
 * redrawn as stored). One stays by the latest control refused, and one by each text field still
 * holding text that is saved nowhere (`holdsUnsaved`): that text is what the reader must not lose.
 */
const storageFull = new Map<Element, { message: HTMLElement; text: string }>();
const unsavedTests = new Set<(control: Element) => boolean>();

/** Registers a test of whether a control holds what the reader typed and no save has kept (a tool's text fields): its storage-full message stays. */
export function holdsUnsaved(test: (control: Element) => boolean): void {
  unsavedTests.add(test);
}

/** Whether `control` holds what its reader typed that no save has kept (`holdsUnsaved`). */
const holdsTyped = (control: Element): boolean => [...unsavedTests].some((test) => test(control));

/**
 * What a full storage's refusal of a change made at `control` says (`ToolIsland.change`). What was
 * typed stays on the page (in its box, or in the form a button saves), saved nowhere and not in an
 * export, which holds what is stored: the store's advice to export would mislead, so the message is
 * the page's own. A choice is not kept (see `ToolIsland.change`): the store's message, and that it
 * is made again once there is room.
 */
export function storageFullFate(control: Element, storeMessage: string): string {
  if (!holdsTyped(control)) return `${storeMessage} This change is not kept: the page shows what is stored. Make it again once there is room.`;
  const box = control instanceof HTMLTextAreaElement || control instanceof HTMLInputElement;
  return `${storageFullSentence} What you typed is still here but saved nowhere, not even in an export: copy it somewhere safe, delete what you no longer need, then ${box ? 'edit the box' : 'save the form again'} to save it.`;
}

/**
 * Shows why a save was refused next to `control`. A full storage (`kind: 'quota'`) is said by the
 * latest control refused, and stays only by the controls that still hold unsaved text. Only a
 * refused change (`change`: `ToolIsland.change`, which then shows what is stored) says what became
 * of it (`storageFullFate`); a deletion, an import or an undo refused says the store's message alone.
 */
export function showSaveRefused(control: Element, error: { kind: string; message: string }, change = false): void {
  if (error.kind !== 'quota') return void showFieldMessage(control, error.message);
  dropStorageFull(control);
  const message = showFieldMessage(control, change ? storageFullFate(control, error.message) : error.message);
  storageFull.set(control, { message, text: message.textContent ?? '' });
}

/**
 * A save succeeded (next to `control`, when it has one, whose message goes): there was room, so
 * the storage-full messages go too, but by a text field still holding unsaved text.
 */
export function showSaved(control?: Element): void {
  if (control) {
    clearFieldMessage(control);
    storageFull.delete(control);
  }
  dropStorageFull(control);
}

/** Whether a control inside `root` holds text a full storage refused, saved nowhere: leaving the page would lose it. */
export const holdsRefusedText = (root: Element): boolean => [...storageFull.keys()].some((control) => root.contains(control) && holdsTyped(control));

/** Takes away the storage-full messages by controls other than `control` that hold nothing unsaved, where no other message has replaced them since. */
function dropStorageFull(control?: Element): void {
  for (const [shownBy, { message, text }] of storageFull) {
    if (shownBy === control || holdsTyped(shownBy)) continue;
    storageFull.delete(shownBy);
    if (message.isConnected && message.textContent === text) clearFieldMessage(shownBy);
  }
}
