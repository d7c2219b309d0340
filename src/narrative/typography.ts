// French typography applied to story text on its way out, so authors can type ordinary
// spaces in Inky and players still get « non-breaking » spacing that never wraps alone.
const NBSP = '\u00A0';
const NNBSP = '\u202F';

export function frenchTypography(text: string): string {
  return frenchSpacing(text).replace(/\.\.\./g, '…').replace(/'/g, '’');
}

/**
 * Spots in authored text where high punctuation sticks to the previous word
 * (« Merci! »), which the spacing fix above cannot repair without guessing.
 * Clock times like 18:42 and URLs are left alone.
 */
export function typographyProblems(text: string): string[] {
  const problems: string[] = [];
  const re = /([\p{L}\p{N})\]»'’])([;!?])/gu;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    problems.push(`espace manquante avant « ${m[2]} » dans « ${text.slice(Math.max(0, m.index - 12), m.index + 2)} »`);
  }
  const colon = /([\p{L})\]»])(:)(?!\/\/)/gu;
  while ((m = colon.exec(text))) {
    problems.push(`espace manquante avant « : » dans « ${text.slice(Math.max(0, m.index - 12), m.index + 2)} »`);
  }
  if (/"/.test(text)) problems.push('guillemets droits " : utiliser « » en français');
  return problems;
}

/**
 * The spacing rules and the apostrophe inside a word: what interface labels written in code
 * also need (« l’instant », no line break before « : » or « ? »). Idempotent.
 */
export function frenchSpacing(text: string): string {
  return text
    .replace(/(\p{L})'(?=\p{L})/gu, '$1’')
    .replace(/[ \u00A0\u202F]+([;!?])/g, `${NNBSP}$1`)
    .replace(/[ \u00A0\u202F]+:(?!\/\/)/g, `${NBSP}:`)
    .replace(/«[ \u00A0\u202F]*/g, `«${NBSP}`)
    .replace(/[ \u00A0\u202F]*»/g, `${NBSP}»`);
}

/**
 * « de Camille », « d’Isabelle Caron » : « de » elides before a vowel. An initial h is left
 * alone (« de Hugo ») since the letter cannot tell a mute h from an aspirate one.
 */
export function ofName(name: string): string {
  return /^[aeiouyàâäéèêëîïôöùûüœæ]/iu.test(name) ? `d’${name}` : `de ${name}`;
}
