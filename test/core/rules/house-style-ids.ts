/** The ids of the house-style rules of groups A, B and C (this test folder's rules). */
export const groupABC = [
  'espace-avant-ponctuation-haute', 'espace-guillemets', 'espace-ponctuation-basse', 'espace-manquante-apres-ponctuation',
  'espaces-multiples', 'nbsp-nombre-unite', 'separateur-milliers', 'virgule-decimale', 'points-de-suspension',
  'tiret-incise-liste', 'apostrophe-typographique', 'guillemets-francais', 'paires-non-fermees', 'ponctuation-double',
  'saut-de-paragraphe-dans-phrase',
  'accent-capitales', 'majuscule-etat', 'majuscule-gouvernement', 'majuscule-institutions', 'casse-ministeres',
  'minuscule-mois-jours', 'majuscule-gentile', 'majuscule-debut-phrase',
  'ordinal-abreviation', 'ordinal-en-toutes-lettres', 'date-format', 'date-relative', 'coherence-temporelle',
  'heure-format', 'monnaie-format', 'pourcentage-format', 'numero-format', 'nombre-debut-phrase',
] as const;
