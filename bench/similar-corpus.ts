/**
 * A generated corpus of earlier questions at the scale of a legislature, for the similar-questions bench: AN page
 * exports (`.md`, the seed's layout) whose questions and answers recombine the sentences of the real texts of
 * `data/` (the 124 questions of coverage-dev and the AN-17 open-data records). Every record is distinct (its own
 * number, member, title and sentence draw); the draw is seeded, so two runs write the same files.
 */
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { seededRandom } from '../test/helpers/random';

const root = join(__dirname, '..');

interface Pools {
  readonly openings: string[];
  readonly questionSentences: string[];
  readonly requestSentences: string[];
  readonly answerSentences: string[];
  readonly titles: string[];
  readonly rubriques: string[];
}

function sentences(text: string): string[] {
  return (text.replace(/\s+/g, ' ').match(/[^.?!]+[.?!]+/gu) ?? []).map((sentence) => sentence.trim()).filter((sentence) => sentence.length > 30);
}

/** The real texts of `data/`, cut into sentences. */
export function sentencePools(): Pools {
  const questions: string[] = [];
  const answers: string[] = [];
  const titles: string[] = [];
  const rubriques: string[] = [];
  for (const line of readFileSync(join(root, 'data', 'corpus', 'coverage-dev', 'questions.jsonl'), 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const entry = JSON.parse(line) as { question: string; answer: string | null };
    questions.push(entry.question);
    if (entry.answer) answers.push(entry.answer);
  }
  const raw = join(root, 'data', 'corpus', 'an-17', 'raw');
  for (const name of readdirSync(raw)) {
    const text = readFileSync(join(raw, name), 'utf8');
    for (const match of text.matchAll(/"(?:rubrique|analyse)"\s*:\s*"([^"]{4,120})"/g)) (match[0].includes('rubrique') ? rubriques : titles).push(match[1]!);
  }
  const openings: string[] = [];
  const questionSentences: string[] = [];
  const requestSentences: string[] = [];
  for (const question of questions) {
    const all = sentences(question);
    const first = all[0];
    const about = first ? /^(.{10,200}?\ssur)\s/u.exec(first) : null;
    // « attire l'attention de M. le ministre … sur »: the formula without the member's name.
    const formula = about ? /\s((?:attire|interroge|appelle|alerte)\s.*)$/u.exec(about[1]!) : null;
    if (formula) openings.push(formula[1]!);
    for (const sentence of all.slice(1)) (/\b(demande|souhaite|interroge|savoir)\b/u.test(sentence) ? requestSentences : questionSentences).push(sentence);
  }
  return {
    openings: openings.length > 0 ? openings : ["attire l'attention de M. le ministre de l'intérieur sur"],
    questionSentences,
    requestSentences,
    answerSentences: answers.flatMap(sentences),
    titles: titles.length > 0 ? titles : ['Situation des services publics'],
    rubriques: rubriques.length > 0 ? rubriques : ['Administration'],
  };
}

const firstNames = ['Jean', 'Marie', 'Paul', 'Claire', 'Louis', 'Anne', 'Pierre', 'Sophie', 'Michel', 'Isabelle', 'Alain', 'Nathalie'];
const lastNames = ['Martin', 'Bernard', 'Dubois', 'Thomas', 'Robert', 'Richard', 'Petit', 'Durand', 'Leroy', 'Moreau', 'Simon', 'Laurent', 'Lefebvre', 'Michel', 'Garcia'];

interface Draw {
  readonly member: string;
  readonly subject: string;
  readonly rubrique: string;
  readonly question: string;
  readonly answer: string;
  readonly date: string;
}

/** One question's draw: member, subject, sentences. */
function draw(pools: Pools, random: () => number): Draw {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const female = random() < 0.5;
  const member = `${female ? 'Mme' : 'M.'} ${pick(firstNames)} ${pick(lastNames)}`;
  const body = Array.from({ length: 2 + Math.floor(random() * 5) }, () => pick(pools.questionSentences));
  const request = pick(pools.requestSentences).replace(/\b(Il|Elle)\b/u, female ? 'Elle' : 'Il');
  const subject = pick(pools.titles);
  const answered = random() < 0.7;
  const answer = answered ? Array.from({ length: 3 + Math.floor(random() * 6) }, () => pick(pools.answerSentences)).join(' ') : '';
  const date = `2023-${String(1 + Math.floor(random() * 12)).padStart(2, '0')}-${String(1 + Math.floor(random() * 28)).padStart(2, '0')}`;
  return { member, subject, rubrique: pick(pools.rubriques), question: `${member} ${pick(pools.openings)} ${subject.toLowerCase()}. ${body.join(' ')} ${request}`, answer, date };
}

const template = JSON.parse(readFileSync(join(root, 'data', 'corpus', 'an-17', 'raw', 'QANR5L17QE10723.json'), 'utf8')) as { question: Record<string, unknown> };

/** One generated AN open-data record (the layout of the AN's JSON dump), numbered `numero`. */
export function generatedOpenData(numero: number, pools: Pools, random: () => number): string {
  const { member, subject, rubrique, question, answer, date } = draw(pools, random);
  const record = structuredClone(template);
  const q = record.question as Record<string, unknown> & { textesQuestion: { texteQuestion: { texte: string; infoJO: { dateJO: string } } } };
  q.uid = `QANR5L16QE${numero}`;
  q.identifiant = { numero: String(numero), regime: '5eme Republique', legislature: '16' };
  q.indexationAN = { rubrique, teteAnalyse: null, analyses: { analyse: subject } };
  q.textesQuestion.texteQuestion.texte = question;
  q.textesQuestion.texteQuestion.infoJO.dateJO = date;
  q.textesReponse = answer ? { texteReponse: { infoJO: { typeJO: 'JO_QUESTION', dateJO: date, pageJO: '1', numJO: '1' }, texte: answer } } : null;
  void member;
  return JSON.stringify(record);
}

/** One generated AN page export, numbered `numero`. */
export function generatedRecord(numero: number, pools: Pools, random: () => number): string {
  const { member, subject, rubrique, question, answer, date } = draw(pools, random);
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const months = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];
  return `# ASSEMBLÉE NATIONALE

## 16ème législature

### ${subject}

Question écrite n° ${numero}

#### Texte de la question

${question}
${answer ? `\n#### Texte de la réponse\n\n${answer}\n` : ''}
## Données clés

**Auteur :** [${member}](#)

**Type de question :** Question écrite

**Numéro de la question :** ${numero}

**Rubrique :** ${rubrique}

## Date(s) clé(s)

**Question publiée au JO le :** [${day} ${months[month - 1]} ${year}](#), page ${1000 + (numero % 9000)}
`;
}

/**
 * Writes `count` generated records under `folder` (100 per sub-folder); returns their paths. Nine in ten are
 * open-data records (a legislature's dump), one in ten an AN page export (`.md`, parsed as Markdown).
 */
export function generateCorpus(folder: string, count: number, seed = 14): string[] {
  const pools = sentencePools();
  const random = seededRandom(seed);
  const paths: string[] = [];
  for (let i = 0; i < count; i++) {
    const sub = join(folder, String(Math.floor(i / 100)).padStart(4, '0'));
    if (i % 100 === 0) mkdirSync(sub, { recursive: true });
    const page = i % 10 === 9;
    const path = join(sub, `an-16-${100000 + i}.${page ? 'md' : 'json'}`);
    writeFileSync(path, page ? generatedRecord(100000 + i, pools, random) : generatedOpenData(100000 + i, pools, random));
    paths.push(path);
  }
  return paths;
}
