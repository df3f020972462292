/** French strings of `<portal-footer>`. */
import type { Translation } from '../../namespace.js';
import type { FooterStrings } from './index.js';

export default {
  heading: 'À propos de ce site',
  organizer: 'Organisateur :',
  siteCode: 'Code d’identification du site :',
  icp: 'Enregistrement ICP :',
  publicSecurity: 'Enregistrement de la sécurité publique :',
  phone: 'Téléphone :',
  email: 'Courriel :',
  address: 'Adresse :',
  contact: 'Nous contacter',
  sitemap: 'Plan du site',
  reportError: 'Signaler une erreur sur ce site',
  external: 'Site externe',
  notConfigured:
    'Les informations du site ne peuvent pas s’afficher ici : aucun site n’est défini.',
  invalid:
    'Les informations du site ne peuvent pas s’afficher : la fiche du site enfreint les règles de nommage.',
  invalidFields: 'Champs à corriger :',
  wholeRecord: 'la fiche entière',
} satisfies Translation<FooterStrings>;
