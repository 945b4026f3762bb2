/** Markdown (French) descriptions of catalog entries, for hovers and completion documentation. */
import type { AcronymEntry, PlanEntry, SourceEntry } from '../completion/catalog';
import { frenchDateOfIso } from '../rules/common/dates';

const origin = (entry: { readonly origine?: string }): string[] => (entry.origine ? [`*Catalogue de l’espace de travail : ${entry.origine}*`] : []);

export function describeAcronym(entry: AcronymEntry & { readonly origine?: string }): string {
  const lines = [`**${entry.sigle}** — ${entry.developpement}`];
  const facts: string[] = [];
  if (entry.type) facts.push(`Type : ${entry.type}`);
  if (entry.article) facts.push(`Article : « ${entry.article}${entry.article.endsWith("'") ? '' : ' '}${entry.sigle} »`);
  if (entry.variantes?.length) facts.push(`Autres graphies : ${entry.variantes.join(', ')}`);
  if (facts.length) lines.push(facts.join(' · '));
  if (entry.usageCourant) lines.push('Sigle d’usage courant : il peut rester non développé.');
  else lines.push(`À la première occurrence, écrire : « ${entry.developpement} (${entry.sigle}) ».`);
  if (entry.obsolete) lines.push(`⚠ N’existe plus sous ce nom${entry.remplacePar ? ` : remplacé par **${entry.remplacePar}**` : ''}.`);
  return [...lines, ...origin(entry)].join('\n\n');
}

export function describePlan(plan: PlanEntry & { readonly origine?: string }, measure?: number): string {
  const lines = [`**${plan.nom.charAt(0).toUpperCase()}${plan.nom.slice(1)}**${plan.periode ? ` (${plan.periode})` : ''}`];
  const facts: string[] = [];
  if (plan.porteur) facts.push(`Porteur : ${plan.porteur}`);
  if (plan.adoption) facts.push(`Présenté le ${frenchDateOfIso(plan.adoption)}`);
  if (plan.nombreMesures) facts.push(`${plan.nombreMesures} mesures`);
  if (plan.domaine) facts.push(`Domaine : ${plan.domaine}`);
  if (facts.length) lines.push(facts.join(' · '));
  if (measure !== undefined) {
    const found = plan.mesures?.find((candidate) => candidate.numero === measure);
    lines.push(found ? `**Mesure ${measure}** : ${found.intitule}` : `Mesure ${measure} : intitulé absent du catalogue.`);
  } else {
    if (plan.axes?.length) lines.push(`Axes :\n${plan.axes.map((axe) => `- axe ${axe.numero} : ${axe.intitule}`).join('\n')}`);
    const known = (plan.mesures ?? []).filter((candidate) => candidate.numero !== null);
    if (known.length) lines.push(`Mesures connues :\n${known.map((candidate) => `- mesure ${candidate.numero} : ${candidate.intitule}`).join('\n')}`);
  }
  if (!plan.verifie) lines.push('⚠ Données non recoupées sur une source publique : vérifier la date et l’intitulé avant de les citer.');
  return [...lines, ...origin(plan)].join('\n\n');
}

export function describeSource(source: SourceEntry & { readonly origine?: string }): string {
  const lines = [`**${source.sigle ? `${source.sigle} — ` : ''}${source.nom}**`];
  const facts: string[] = [];
  if (source.type) facts.push(`Type : ${source.type}`);
  if (source.rattachement) facts.push(`Rattachement : ${source.rattachement}`);
  if (facts.length) lines.push(facts.join(' · '));
  if (source.exemplePublication?.length) lines.push(`Publications : ${source.exemplePublication.join(' ; ')}`);
  lines.push('Citer : « Source : organisme, publication, année ».');
  if (source.obsolete) lines.push(`⚠ Source disparue${source.remplacePar ? ` : remplacée par **${source.remplacePar}**` : ''}.`);
  return [...lines, ...origin(source)].join('\n\n');
}
