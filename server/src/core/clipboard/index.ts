/**
 * A question copied as plain text from the Assemblée nationale or Sénat site becomes a dossier: the metadata
 * its header lines give (chamber, number, author, dates, ministry) and the question text. What cannot be read
 * is written as an empty key, which the checks then report (never guessed). Pure: text in, dossier text out.
 *
 * Sénat: « Question écrite n° 14857 de M. Jean Louis Masson (Moselle - NI) publiée dans le JO Sénat du
 * 12/03/2020 - page 1177 », then the text, « Transmise au Ministère de … », « Réponse du Ministère de … publiée
 * dans le JO Sénat du … - page … ». Assemblée nationale: « 15ème législature », « Question N° 24191 de M. … »,
 * « Ministère interrogé > … », « Rubrique > … », « Titre > … », « Question publiée au JO le : 05/11/2019
 * page : 9703 », « Texte de la question », « Texte de la réponse ».
 */
import { stringify } from 'yaml';
import type { Chambre } from '../model/types';
import { escapeMarkdown } from '../dossier/serialize';

export interface ClipboardDossier {
  readonly dossier?: string;
  readonly numero?: number;
  readonly legislature?: number;
  readonly chambre?: Chambre;
  /** Keys left empty for the drafter to fill. */
  readonly missing: readonly string[];
  /** French reason when there is no dossier. */
  readonly error?: string;
}

const date = String.raw`(\d{1,2})[/.](\d{1,2})[/.](\d{4})`;

function isoOf(match: RegExpExecArray | null, from = 1): string | undefined {
  if (!match) return undefined;
  const [day, month, year] = [Number(match[from]), Number(match[from + 1]), Number(match[from + 2])];
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const opening = /^(?:M\.|Mme|MM\.|Mmes)\s+\S.*?\s(?:attire|interroge|appelle|alerte|souhaite|demande|rappelle|sollicite|questionne|s['’]interroge|souligne|expose)\b/u;

export function dossierFromClipboard(raw: string): ClipboardDossier {
  const text = raw.replace(/\r\n?/g, '\n').replace(/[\u00a0\u202f]/g, ' ');
  const lines = text.split('\n').map((line) => line.trim());
  const metadata: Record<string, unknown> = {};
  const senat = /JO Sénat|\bSénat\b/.test(text) && /publiée dans le JO Sénat/i.test(text);
  const an = /Question publiée au JO le|Assemblée nationale|\d+\s*(?:e|ème|è)\s+législature/i.test(text);
  const chambre: Chambre | undefined = senat && !an ? 'SENAT' : an && !senat ? 'AN' : undefined;

  const numero = /Question(?:\s+écrite)?\s+n[°o]\s*(\d{1,7})/iu.exec(text);
  const legislature = /(\d{1,2})\s*(?:e|ème|è|eme)\s+législature/iu.exec(text);
  const author = /\bde\s+((?:M\.|Mme)\s+[^()\n]+?)\s*\(([^)\n]*)\)/u.exec(text);
  if (numero) metadata.numero = Number(numero[1]);
  if (legislature) metadata.legislature = Number(legislature[1]);
  if (chambre) metadata.chambre = chambre === 'SENAT' ? 'Sénat' : 'AN';
  if (author) metadata.auteur = author[1]!.trim();
  if (author && chambre === 'SENAT') {
    // « (Moselle - NI) »: the département, then the group.
    const [place, group] = author[2]!.split(/\s+-\s+/);
    if (place) metadata.circonscription = place.trim();
    if (group) metadata.groupe = group.trim();
  }

  const field = (label: string) => new RegExp(`^${label}\\s*>\\s*(.+)$`, 'imu').exec(text)?.[1]?.trim();
  const interroge = field('Ministère interrogé');
  const attributaire = field('Ministère attributaire');
  const rubrique = field('Rubrique');
  const titre = field('Titre');
  const transmise = /^Transmise? au (Ministère .+)$/imu.exec(text)?.[1]?.trim();
  const answeredBy = /^Réponse du (Ministère .+)$/imu.exec(text)?.[1]?.trim();
  if (interroge) metadata.ministereInterroge = interroge;
  else if (transmise) metadata.ministereInterroge = transmise;
  if (attributaire) metadata.ministereAttributaire = attributaire;
  else if (answeredBy) metadata.ministereAttributaire = answeredBy;
  if (rubrique) metadata.rubrique = rubrique;
  if (titre) metadata.titre = titre;

  // Publication dates: the question's first, the answer's after « Réponse ».
  const anQuestion = new RegExp(`Question publiée au JO le\\s*:?\\s*${date}(?:\\s*page\\s*:?\\s*(\\d+))?`, 'iu').exec(text);
  const anAnswer = new RegExp(`Réponse publiée au JO le\\s*:?\\s*${date}(?:\\s*page\\s*:?\\s*(\\d+))?`, 'iu').exec(text);
  const senatDates = [...text.matchAll(new RegExp(`publiée dans le JO Sénat du\\s*${date}(?:\\s*-\\s*page\\s*(\\d+))?`, 'giu'))];
  const answerAt = text.search(/^Réponse du /imu);
  const questionDate = anQuestion ?? senatDates.find((match) => answerAt < 0 || match.index < answerAt) ?? null;
  const answerDate = anAnswer ?? senatDates.find((match) => answerAt >= 0 && match.index > answerAt) ?? null;
  const publication = (match: RegExpExecArray | RegExpMatchArray | null) => {
    const iso = isoOf(match as RegExpExecArray | null);
    if (!iso) return undefined;
    return match![4] ? { date: iso, page: Number(match![4]) } : { date: iso };
  };
  const published = publication(questionDate);
  if (published) metadata.publicationQuestion = published;
  const answered = publication(answerDate);
  if (answered) metadata.publicationReponse = answered;

  const question = questionText(lines);
  if (!question) {
    return { missing: [], error: 'Aucune question reconnue dans le presse-papiers : copiez la page de la question (en-tête et texte) depuis le site de l’Assemblée nationale ou du Sénat.' };
  }
  // The question's own opening names its author (« M. Jean Dupont attire l'attention… »).
  const named = /^((?:M\.|Mme|MM\.|Mmes)\s+.+?)\s+(?:attire|interroge|appelle|alerte|souhaite|demande|rappelle|sollicite|questionne|s['’]interroge|souligne|expose)\b/u.exec(question[0]!);
  if (metadata.auteur === undefined && named) metadata.auteur = named[1];
  const missing = ['numero', 'chambre', 'auteur', 'ministereInterroge', 'publicationQuestion'].filter((key) => metadata[key] === undefined);
  if (chambre !== 'SENAT' && metadata.legislature === undefined) missing.push('legislature');
  const ordered: Record<string, unknown> = {};
  for (const key of ['numero', 'legislature', 'chambre', 'auteur', 'circonscription', 'groupe', 'ministereInterroge', 'ministereAttributaire', 'rubrique', 'titre', 'publicationQuestion', 'publicationReponse']) {
    if (metadata[key] !== undefined) ordered[key] = metadata[key];
    else if (missing.includes(key)) ordered[key] = null;
  }
  // An empty key is reported by the checks (« une valeur … est attendue »): the drafter fills it in.
  const frontMatter = stringify(ordered, { lineWidth: 0, nullStr: '' });
  const notes = missing.length > 0 ? `\nÀ compléter (non lu dans le texte copié) : ${missing.join(', ')}.\n` : '';
  const dossier = `---\n${frontMatter}---\n\n# Question\n\n${question.map(escapeMarkdown).join('\n\n')}\n\n# Réponse\n\n<!-- Rédigez ici la réponse du ministère. -->\n\n# Notes internes\n\nSource de la question : presse-papiers (texte copié du site ${chambre === 'SENAT' ? 'du Sénat' : chambre === 'AN' ? 'de l’Assemblée nationale' : 'd’une assemblée'}).\n${notes}`;
  return {
    dossier,
    ...(typeof metadata.numero === 'number' ? { numero: metadata.numero } : {}),
    ...(typeof metadata.legislature === 'number' ? { legislature: metadata.legislature } : {}),
    ...(chambre ? { chambre } : {}),
    missing,
  };
}

/** Header and footer lines of the sites' pages: never part of the question's text. */
const headerLine = /^(Question(?:\s+écrite)?\s+n[°o]|publiée dans le JO|Question publiée au JO|Réponse publiée au JO|Ministère (?:interrogé|attributaire)\s*>|Rubrique\s*>|Titre\s*>|Tête d'analyse|Analyse\s*>|\d+\s*(?:e|ème|è)\s+législature|Question écrite$|de (?:M\.|Mme)\s|Transmise? au|En attente de réponse|Réponse du|Texte de la (?:question|réponse)|Erratum|Date de changement)/iu;

/**
 * The question's paragraphs: after « Texte de la question » up to « Texte de la réponse » (AN); else from the
 * first paragraph that opens with the usual formula (« M. X attire l'attention… ») up to « Transmise au » or
 * « Réponse du » (Sénat). None when neither is found.
 */
function questionText(lines: readonly string[]): string[] | undefined {
  let start = lines.findIndex((line) => /^Texte de la question$/iu.test(line));
  if (start >= 0) start++;
  else start = lines.findIndex((line) => opening.test(line));
  if (start < 0) return undefined;
  const paragraphs: string[] = [];
  for (const line of lines.slice(start)) {
    if (/^(Texte de la réponse|Transmise? au|Réponse du|En attente de réponse)/iu.test(line)) break;
    if (line === '' || headerLine.test(line)) continue;
    paragraphs.push(line);
  }
  return paragraphs.length > 0 ? paragraphs : undefined;
}
