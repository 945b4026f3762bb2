/**
 * Generates the rule reference `docs/regles.md` from the registry (`allRuleMeta`): one `## <id>` section per
 * rule (the language server links each diagnostic to `docs/regles.md#<id>`), with its title, group, default
 * severity per profile, whether it is fixable, and its description; a rule folder's `README.md`, when there is
 * one, is appended to its section.
 *
 *   npm run docs:rules            writes docs/regles.md
 *   npm run docs:rules -- --check exits with 1 when docs/regles.md is stale
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { allRuleMeta } from '../server/src/core/rules/registry';
import { severityFor, type Profile, type RuleMeta } from '../server/src/core/rules/rule';
import { severityNames } from '../server/src/core/report/text';

const root = join(__dirname, '..');
export const rulesDocPath = join(root, 'docs', 'regles.md');

const groupNames: Record<string, string> = {
  A: 'Typographie et espaces',
  B: 'Capitales et capitales accentuées',
  C: 'Nombres, dates, unités, monnaie, ordinaux, « n° »',
  D: 'Abréviations et noms de personnes',
  E: 'Écriture inclusive et féminisation',
  F: 'Sigles',
  G: 'Citations juridiques',
  H: 'Registre et formulation',
  I: 'Structure de la réponse',
  J: 'Contrôles délégués : grammaire, terminologie, orthographe',
  structure: 'Structure du fichier et métadonnées',
};

// The severities' one French name, as qe-check prints them.
const severityLabels: Record<string, string> = { ...Object.fromEntries(Object.entries(severityNames).map(([id, name]) => [id, name.one])), off: 'désactivée' };
const profiles: readonly Profile[] = ['jo', 'imprimerie-nationale'];

function groupLabel(group: string): string {
  const name = groupNames[group];
  return name ? (group.length === 1 ? `${group} — ${name}` : name) : group;
}

function severityLabel(meta: RuleMeta): string {
  const [jo, imprimerie] = profiles.map((profile) => severityLabels[severityFor(meta, profile)] ?? severityFor(meta, profile));
  return jo === imprimerie ? jo! : `${jo} (profil « jo »), ${imprimerie} (profil « imprimerie-nationale »)`;
}

function groupOrder(group: string): string {
  return group.length === 1 ? `0${group}` : `1${group}`;
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|');
}

/** The text of docs/regles.md for the registry as it is now. */
export function renderRuleDocs(metas: readonly RuleMeta[] = allRuleMeta): string {
  const sorted = [...metas].sort((a, b) => groupOrder(a.group).localeCompare(groupOrder(b.group)) || a.id.localeCompare(b.id));
  const lines: string[] = [
    '# Référence des règles',
    '',
    '<!-- Fichier généré par `npm run docs:rules` (scripts/gen-rule-docs.ts) à partir du registre des règles : ne pas le modifier à la main. -->',
    '',
    "Chaque constat de l'extension porte l'identifiant d'une règle ; le lien du diagnostic mène à la section de même nom " +
      "ci-dessous. La gravité par défaut dépend du profil typographique (« jo », par défaut : Journal officiel et " +
      "Légifrance ; « imprimerie-nationale » : Lexique de l'Imprimerie nationale) et se règle règle par règle dans le guide " +
      'de style ou les paramètres. Les constats dans le texte de la question, déjà publiée, sont au plus des informations.',
    '',
    `${sorted.length} règles.`,
    '',
    '| Règle | Titre | Groupe | Gravité (jo) | Gravité (imprimerie-nationale) | Corrigeable |',
    '|---|---|---|---|---|---|',
  ];
  for (const meta of sorted) {
    const [jo, imprimerie] = profiles.map((profile) => severityLabels[severityFor(meta, profile)] ?? severityFor(meta, profile));
    lines.push(`| [\`${meta.id}\`](#${meta.id}) | ${cell(meta.title)} | ${cell(meta.group)} | ${jo} | ${imprimerie} | ${meta.fixable ? 'oui' : 'non'} |`);
  }
  for (const meta of sorted) {
    lines.push('', `## ${meta.id}`, '', `**${meta.title}**`, '');
    lines.push(`- Groupe : ${groupLabel(meta.group)}`);
    lines.push(`- Gravité par défaut : ${severityLabel(meta)}`);
    lines.push(`- Correction automatique : ${meta.fixable ? 'oui' : 'non'}`);
    lines.push('', meta.description);
    const readme = join(root, 'server', 'src', 'core', 'rules', meta.id, 'README.md');
    if (existsSync(readme)) lines.push('', readFileSync(readme, 'utf8').trim());
  }
  return `${lines.join('\n')}\n`;
}

if (require.main === module) {
  const text = renderRuleDocs();
  if (process.argv.includes('--check')) {
    const current = existsSync(rulesDocPath) ? readFileSync(rulesDocPath, 'utf8') : '';
    if (current !== text) {
      console.error('docs/regles.md est périmé : lancer « npm run docs:rules ».');
      process.exit(1);
    }
    console.log('docs/regles.md est à jour.');
  } else {
    writeFileSync(rulesDocPath, text);
    console.log(`docs/regles.md écrit (${allRuleMeta.length} règles).`);
  }
}
