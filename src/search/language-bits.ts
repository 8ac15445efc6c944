/** A language's bit in `SearchIndex.wordLanguages`; an unknown one is either. */
export const LANGUAGE_BITS: Readonly<Record<string, number>> = { fr: 1, en: 2, '': 3 };
