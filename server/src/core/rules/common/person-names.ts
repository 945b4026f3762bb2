/**
 * Person names in prose (rules `personne-sans-civilite` and `tiers-nommement-designe`): a known first name
 * (lexicon below, compound forms `Jean-Pierre` included) followed by one or two capitalised words.
 */
import { SP, WB } from './lexicon';
import { letterRegExp } from '../../text/letters';

const firstNames = (
  'Adam Adèle Adrien Agathe Agnès Aïcha Aimé Alain Alban Albert Alexandra Alexandre Alexis Alfred Alice Aline Alix Amandine ' +
  'Amélie Amina Anaïs André Andrée Ange Angèle Angélique Anne Annick Annie Antoine Antoinette Arthur Astrid Aude Audrey ' +
  'Augustin Aurélie Aurélien Aurore Axel Aymeric Barbara Baptiste Béatrice Benjamin Benoît Benoîte Bérangère Bernadette ' +
  'Bernard Bertrand Blandine Boris Brigitte Bruno Camille Carine Carole Caroline Catherine Cécile Cédric Céline Chantal ' +
  'Charles Charlotte Chloé Christelle Christian Christiane Christine Christophe Claire Clarisse Claude Claudine Clément ' +
  'Clémentine Coralie Corinne Cyril Cyrille Damien Daniel Danielle David Delphine Denis Denise Didier Dominique Dorothée ' +
  'Édith Édouard Éléonore Élie Éliane Élisabeth Élise Élodie Éloïse Emma Emmanuel Emmanuelle Éric Érik Estelle Étienne ' +
  'Eugène Eugénie Éva Évelyne Fabien Fabienne Fabrice Fadila Fanny Fatima Fatiha Félix Fernand Florence Florent Florian ' +
  'Francis Franck Françoise François Frédéric Frédérique Gabriel Gabrielle Gaël Gaëlle Gaspard Geneviève Georges Gérald ' +
  'Gérard Géraldine Germain Gilbert Gilles Ginette Gisèle Grégoire Grégory Guillaume Gustave Guy Hélène Henri Henriette ' +
  'Hervé Hugo Hugues Inès Irène Isabelle Jacqueline Jacques Jean Jeanne Jérémie Jérôme Jessica Joël Joëlle Jonathan ' +
  'Jordan Joseph Josiane Judith Jules Julie Julien Juliette Justine Karine Karim Kevin Laetitia Laëtitia Laure Laurence ' +
  'Laurent Léa Léon Léonie Lionel Louis Louise Luc Lucas Lucie Lucien Ludovic Lydie Madeleine Maël Magali Manon Manuel ' +
  'Marc Marcel Marcelle Margaux Marguerite Maria Marianne Marie Marine Marion Marius Marlène Marthe Martin Martine ' +
  'Mathias Mathieu Mathilde Matthieu Maud Maurice Maxime Mélanie Michaël Michel Michèle Micheline Mickaël Mireille ' +
  'Mohamed Monique Morgane Muriel Murielle Mylène Nadia Nadine Nathalie Nathan Nicolas Nicole Noël Noémie Océane Odile ' +
  'Olivia Olivier Pascal Pascale Patrice Patricia Patrick Paul Paule Pauline Perrine Philippe Pierre Pierrette Quentin ' +
  'Rachel Rachida Raphaël Raphaëlle Raymond Régine Régis Rémi Rémy Renaud René Richard Robert Roger Roland Romain Rose ' +
  'Roselyne Sabine Sacha Samia Samuel Sandra Sandrine Sarah Sébastien Serge Simon Simone Solène Sonia Sophie Stanislas ' +
  'Stéphane Stéphanie Suzanne Sylvain Sylvie Térésa Thérèse Thibault Thibaut Thierry Thomas Timothée Tristan Valentin ' +
  'Valérie Vanessa Véronique Victor Victoire Vincent Violaine Virginie Xavier Yaël Yann Yannick Yasmina Yves Yvette ' +
  'Yvonne Zoé'
).split(' ');

const FIRST = `(?:${firstNames.join('|')})`;
/** A capitalised surname word (particles `de`, `du`, `Le`, `d'` allowed inside). */
const SURNAME = `(?:(?:de|du|des|d['’]|van|von|Le|La)${SP}?)?\\p{Lu}[\\p{Ll}\\p{Lu}'’]*\\p{Ll}[\\p{L}'’]*(?:-\\p{Lu}[\\p{L}'’]+)?`;

/** `Prénom Nom` (group 1: the whole name). */
export const personNamePattern = letterRegExp(`${WB}(${FIRST}(?:-${FIRST})?${SP}+${SURNAME})(?![\\p{L}\\p{N}])`, 'gu');

/** Civility or title words that, just before a name, make it an identified reference. */
export const civilityBefore = letterRegExp(String.raw`(?:(?<!\p{L})(?:M\.|MM\.|Mme|Mmes|Me|Dr|Pr)|docteur|professeur|ministre|secrétaire d['’]État|député|députée|sénateur|sénatrice|président|présidente|maire|préfet|préfète|directeur|directrice|rapporteur|rapporteure|commissaire|ambassadeur|ambassadrice|procureur|procureure|juge|général|générale|amiral|colonel|monseigneur|saint|sainte)[\s\u00A0\u202F,]*$`, 'iu');

/** Words before a name that show it names a thing (law, street, school, plan…), not a person. */
export const thingBefore = letterRegExp(String.raw`(?:(?<!\p{L})(?:loi|lois|rue|avenue|boulevard|place|quai|allée|impasse|square|pont|lycée|collège|école|université|hôpital|centre|institut|fondation|musée|prix|plan|rapport|mission|amendement|jurisprudence|arrêt|dispositif|programme|stade|gare|station|parc|campus|site|bâtiment|salle|amphithéâtre|promotion|caserne|base|porte|opération|réforme|mesure|maison|résidence|espace|pôle|campagne|fondatrice|fondateur|association))[\s\u00A0\u202F]*$`, 'iu');
