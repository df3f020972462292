/** Portuguese strings of `<portal-message-form>`. */
import type { Translation } from '../../namespace.js';
import type { MessageFormStrings } from './index.js';

export default {
  heading: 'Enviar uma mensagem',
  intro: 'Faça uma pergunta, uma sugestão ou uma reclamação. Todas as mensagens recebem resposta.',
  kind: 'Tipo de mensagem',
  kindChoose: 'Escolha uma opção',
  kindConsultation: 'Uma pergunta',
  kindSuggestion: 'Uma sugestão',
  kindComplaint: 'Uma reclamação',
  subject: 'Assunto',
  subjectHint: 'Algumas palavras sobre o tema da sua mensagem.',
  body: 'A sua mensagem',
  bodyHint: 'Não escreva aqui o número do seu documento de identidade, telefone ou e-mail.',
  piiWarning:
    'A sua mensagem parece conter dados pessoais ({{found}}). A resposta pode ser publicada: remova-os se não forem necessários.',
  piiIdNumber: 'um número de documento de identidade',
  piiPhone: 'um número de telefone',
  piiEmail: 'um endereço de e-mail',
  contact: 'Como contactá-lo (opcional)',
  contactHint: 'Usados apenas para lhe responder. Nunca publicados.',
  name: 'Nome',
  email: 'Endereço de e-mail',
  phone: 'Número de telefone',
  phoneHint: 'Apenas algarismos, espaços e + - ( ).',
  phoneInvalid: 'Introduza um número de telefone usando apenas algarismos, espaços e + - ( )',
  publish: 'Autorizo a publicação da minha mensagem e da resposta, sem o meu nome e contactos',
  submit: 'Enviar mensagem',
  sending: 'A enviar a sua mensagem…',
  draftSaved: 'Rascunho guardado neste dispositivo.',
  draftRestored: 'O seu rascunho não enviado foi recuperado.',
  offlineDraft: 'Está sem ligação. O seu rascunho fica guardado neste dispositivo.',
  offlineQueued:
    'Está sem ligação. A sua mensagem fica guardada neste dispositivo e será enviada quando a ligação voltar.',
  failed: 'A sua mensagem ainda não foi enviada. Está guardada neste dispositivo: tente novamente.',
  rejected: '«{{label}}» não foi aceite. Verifique e envie novamente.',
  tooLarge: 'A sua mensagem é demasiado grande para ser enviada. Encurte-a e envie novamente.',
  rateLimited:
    'Foram enviadas demasiadas mensagens a partir desta ligação. Tente novamente depois das {{time}}.',
  changed:
    'A sua mensagem já tinha sido recebida antes das últimas alterações; as alterações não foram enviadas.',
  notConfigured: 'Não é possível enviar mensagens a partir desta página: não está configurada.',
  received: 'Mensagem recebida',
  trackingNumber: 'Número de acompanhamento',
  accessCode: 'Código de acesso',
  keepThese:
    'Guarde-os: precisa de ambos para acompanhar a sua mensagem e ler a resposta. O código de acesso não voltará a ser mostrado.',
  copy: 'Copiar',
  copied: 'Copiado.',
  copyManually: 'Selecionado: prima Ctrl+C para copiar.',
  due: 'Receberá uma resposta no prazo de 5 dias úteis, até {{date}}.',
  another: 'Enviar outra mensagem',
} satisfies Translation<MessageFormStrings>;
