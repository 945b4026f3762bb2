/**
 * Writes `schemas/qe-style.schema.json`, the JSON schema of `.qe-style.json`, from the rule registry (one
 * property per rule id, with its French title). Run `npm run docs:rules` (or `npm run schema:style`) after adding a
 * rule; the test `test/core/style-pack.test.ts` fails when the file is stale.
 */
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { allRuleMeta } from '../server/src/core';

export const schemaPath = join(resolve(__dirname, '..'), 'schemas', 'qe-style.schema.json');

const severity = {
  type: 'string',
  enum: ['error', 'warning', 'information', 'hint', 'off'],
  enumDescriptions: ['Erreur', 'Avertissement', 'Information', 'Suggestion discrète (pointillés)', 'Règle désactivée'],
};

/** The schema object (exported for the staleness test). */
export function styleSchema(): Record<string, unknown> {
  const rules = Object.fromEntries(
    [...allRuleMeta]
      .sort((a, b) => a.id.localeCompare(b.id))
      .map((meta) => [meta.id, { ...severity, description: `${meta.title} — ${meta.description}` }]),
  );
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'Guide de style des réponses aux questions écrites (.qe-style.json)',
    description:
      "Réglages de contrôle partagés par un service : profil typographique, gravité des règles, sigles, mots acceptés, termes à remplacer et intitulés des ministères. Le fichier .qe-style.json le plus proche du dossier (même dossier ou dossiers parents, jusqu'à la racine de l'espace de travail) s'applique ; il l'emporte sur les réglages « qe.* » de VS Code.",
    type: 'object',
    additionalProperties: false,
    properties: {
      $schema: { type: 'string', description: 'Adresse du schéma (facultatif).' },
      profile: {
        type: 'string',
        enum: ['jo', 'imprimerie-nationale'],
        enumDescriptions: [
          "Journal officiel et Légifrance (par défaut) : ministère de l'intérieur, code du travail.",
          "Lexique de l'Imprimerie nationale : ministère de l'Intérieur, Code civil.",
        ],
        description: 'Profil typographique : règles de casse des ministères, des codes et des institutions.',
        default: 'jo',
      },
      nbspStrict: {
        type: 'boolean',
        description:
          "Espaces insécables strictes : fine insécable (U+202F) exigée avant ; ! ?, insécable (U+00A0) avant les deux-points. Désactivé par défaut : l'insécable U+00A0 est alors acceptée partout.",
        default: false,
      },
      apostrophe: {
        type: 'string',
        enum: ['droite', 'typographique', 'indifferent'],
        enumDescriptions: [
          "Apostrophe droite (') exigée, comme sur le site de l'Assemblée nationale.",
          'Apostrophe typographique (’) exigée, comme dans le Journal officiel imprimé.',
          "L'une ou l'autre, sans mélange dans une même réponse (par défaut).",
        ],
        description: 'Apostrophe attendue dans la réponse.',
        default: 'indifferent',
      },
      rules: {
        type: 'object',
        description: 'Gravité de chaque règle, par identifiant ; « off » désactive la règle.',
        properties: rules,
        additionalProperties: false,
      },
      sigles: {
        type: 'object',
        description:
          'Sigles propres au service, avec leur développement ; ils complètent le glossaire intégré (un sigle développé ici n’est plus signalé comme inconnu).',
        additionalProperties: { type: 'string', minLength: 1, description: 'Développement du sigle.' },
        examples: [{ MIPROF: 'Mission interministérielle pour la protection des femmes contre les violences et la lutte contre la traite des êtres humains' }],
      },
      motsAcceptes: {
        type: 'array',
        description: "Mots acceptés tels quels (noms propres, termes techniques) : ni l'orthographe ni les règles de sigles ne les signalent.",
        items: { type: 'string', minLength: 1 },
        uniqueItems: true,
      },
      substitutions: {
        type: 'array',
        description: 'Termes à remplacer (règle « terme-prefere ») : chaque occurrence du terme fautif dans la réponse est signalée, avec une correction rapide.',
        items: {
          type: 'object',
          required: ['fautif', 'correct'],
          additionalProperties: false,
          properties: {
            fautif: { type: 'string', minLength: 1, description: 'Terme à éviter (mots entiers, casse indifférente).' },
            correct: { type: 'string', description: 'Terme retenu par le guide de style (il ne doit pas contenir le terme fautif).' },
            message: { type: 'string', minLength: 1, description: 'Message affiché à la place du message par défaut.' },
          },
        },
        examples: [[{ fautif: 'en charge de', correct: 'chargé de', message: 'Guide de légistique : « chargé de » et non « en charge de ».' }]],
      },
      ministeres: {
        type: 'array',
        description: 'Intitulés actuels des ministères (décrets d’attribution), avec leurs anciens noms et leur titulaire.',
        items: {
          anyOf: [
            { type: 'string', minLength: 1, description: 'Intitulé actuel du ministère.' },
            {
              type: 'object',
              required: ['nom'],
              additionalProperties: false,
              properties: {
                nom: { type: 'string', minLength: 1, description: 'Intitulé actuel, tel que l’écrit le décret d’attribution.' },
                anciensNoms: { type: 'array', items: { type: 'string', minLength: 1 }, description: 'Anciens intitulés, à signaler comme périmés.' },
                titulaire: { type: 'string', minLength: 1, description: 'Ministre en fonctions (« Mme Agnès Firmin Le Bodo »).' },
                genre: {
                  type: 'string',
                  enum: ['feminin', 'masculin'],
                  description: '« la ministre » ou « le ministre ».',
                },
              },
            },
          ],
        },
      },
    },
  };
}

export function styleSchemaText(): string {
  return `${JSON.stringify(styleSchema(), null, 2)}\n`;
}

if (require.main === module) {
  writeFileSync(schemaPath, styleSchemaText());
  console.log(`schéma écrit : ${schemaPath}`);
}
