/** Spanish strings of `<portal-message-form>`. */
import type { Translation } from '../../namespace.js';
import type { MessageFormStrings } from './index.js';

export default {
  heading: 'Enviar un mensaje',
  intro: 'Haga una pregunta, una sugerencia o una queja. Todos los mensajes reciben respuesta.',
  kind: 'Tipo de mensaje',
  kindChoose: 'Elija uno',
  kindConsultation: 'Una pregunta',
  kindSuggestion: 'Una sugerencia',
  kindComplaint: 'Una queja',
  subject: 'Asunto',
  subjectHint: 'Unas palabras que digan de qué trata su mensaje.',
  body: 'Su mensaje',
  bodyHint:
    'No escriba aquí su número de documento de identidad, su teléfono ni su correo electrónico.',
  piiWarning:
    'Su mensaje parece contener datos personales ({{found}}). La respuesta puede publicarse: elimínelos si no son necesarios.',
  piiIdNumber: 'un número de documento de identidad',
  piiPhone: 'un número de teléfono',
  piiEmail: 'una dirección de correo electrónico',
  contact: 'Cómo contactarle (opcional)',
  contactHint: 'Solo se usa para responderle. Nunca se publica.',
  name: 'Nombre',
  email: 'Correo electrónico',
  phone: 'Teléfono',
  phoneHint: 'Solo cifras, espacios y + - ( ).',
  phoneInvalid: 'Escriba un teléfono usando solo cifras, espacios y + - ( )',
  publish: 'Pueden publicar mi mensaje y su respuesta, sin mi nombre ni mis datos de contacto',
  submit: 'Enviar mensaje',
  sending: 'Enviando su mensaje…',
  draftSaved: 'Borrador guardado en este dispositivo.',
  draftRestored: 'Se ha recuperado su borrador sin enviar.',
  offlineDraft: 'No tiene conexión. Su borrador se conserva en este dispositivo.',
  offlineQueued:
    'No tiene conexión. Su mensaje se conserva en este dispositivo y se enviará cuando vuelva la conexión.',
  failed: 'Su mensaje aún no se ha enviado. Se conserva en este dispositivo: inténtelo de nuevo.',
  rejected: '«{{label}}» no se ha aceptado. Revíselo y vuelva a enviarlo.',
  tooLarge: 'Su mensaje es demasiado grande para enviarlo. Acórtelo y vuelva a enviarlo.',
  rateLimited:
    'Se han enviado demasiados mensajes desde esta conexión. Inténtelo de nuevo después de las {{time}}.',
  changed:
    'Su mensaje ya se había recibido antes de sus últimos cambios; los cambios no se enviaron.',
  notConfigured: 'No se pueden enviar mensajes desde esta página: no está configurada.',
  received: 'Mensaje recibido',
  trackingNumber: 'Número de seguimiento',
  accessCode: 'Código de acceso',
  keepThese:
    'Guárdelos: necesitará ambos para seguir su mensaje y leer la respuesta. El código de acceso no se volverá a mostrar.',
  copy: 'Copiar',
  copied: 'Copiado.',
  copyManually: 'Seleccionado: pulse Ctrl+C para copiarlo.',
  due: 'Recibirá una respuesta en un plazo de 5 días hábiles, a más tardar el {{date}}.',
  another: 'Enviar otro mensaje',
} satisfies Translation<MessageFormStrings>;
