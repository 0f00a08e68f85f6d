/** Whether a key press is someone typing into a field (single-key shortcuts must leave it alone). */
export const isTyping = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));

/** Single-key shortcuts never fire with a modifier held (Ctrl+/ and the like belong to the browser). */
export const hasModifier = (event: KeyboardEvent) => event.altKey || event.ctrlKey || event.metaKey;
