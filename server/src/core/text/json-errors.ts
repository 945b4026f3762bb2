import { printParseErrorCode, type ParseError } from 'jsonc-parser';

/** French names of jsonc-parser's error codes, for every JSON file the tool reads (records, packs, catalogs). */
const messages: Record<string, string> = {
  InvalidSymbol: 'symbole invalide',
  InvalidNumberFormat: 'nombre mal formé',
  PropertyNameExpected: 'nom de propriété attendu',
  ValueExpected: 'valeur attendue',
  ColonExpected: '« : » attendu',
  CommaExpected: 'virgule attendue',
  CloseBraceExpected: '« } » attendue',
  CloseBracketExpected: '« ] » attendu',
  EndOfFileExpected: 'fin du fichier attendue',
  InvalidCommentToken: 'les commentaires ne sont pas admis',
  UnexpectedEndOfComment: 'commentaire non fermé',
  UnexpectedEndOfString: 'texte non fermé (guillemet manquant)',
  UnexpectedEndOfNumber: 'nombre incomplet',
  InvalidUnicode: 'séquence Unicode invalide',
  InvalidEscapeCharacter: 'échappement invalide',
  InvalidCharacter: 'caractère invalide',
};

export function describeJsonError(error: ParseError): string {
  return messages[printParseErrorCode(error.error)] ?? 'syntaxe incorrecte';
}
