/** Portuguese strings of `<portal-message-stats>`. */
import type { Translation } from '../../namespace.js';
import type { MessageStatsStrings } from './index.js';

export default {
  heading: 'Mensagens: o ano em números',
  year: 'Ano',
  caption: 'Mensagens recebidas em {{year}} e como foram respondidas, por mês de chegada',
  month: 'Mês',
  received: 'Recebidas',
  replied: 'Respondidas',
  onTime: 'Respondidas no prazo',
  median: 'Mediana de dias úteis até a resposta',
  total: 'Ano inteiro',
  none: 'nenhuma',
  summary_one:
    'Em {{year}}: {{n}} mensagem recebida, {{percent}} respondida no prazo, mediana de {{days}}.',
  summary_many:
    'Em {{year}}: {{n}} de mensagens recebidas, {{percent}} respondidas no prazo, mediana de {{days}}.',
  summary_other:
    'Em {{year}}: {{n}} mensagens recebidas, {{percent}} respondidas no prazo, mediana de {{days}}.',
  days_one: '{{n}} dia útil',
  days_many: '{{n}} de dias úteis',
  days_other: '{{n}} dias úteis',
  unreplied_one: 'Em {{year}}: {{n}} mensagem recebida, ainda sem resposta.',
  unreplied_many: 'Em {{year}}: {{n}} de mensagens recebidas, ainda sem resposta.',
  unreplied_other: 'Em {{year}}: {{n}} mensagens recebidas, ainda sem resposta.',
  note: 'No prazo: respondida até 5 dias úteis após a chegada. A percentagem refere-se às mensagens respondidas.',
  empty: 'Em {{year}}: nenhuma mensagem recebida.',
  notConfigured: 'As estatísticas não podem ser mostradas aqui: não estão configuradas.',
} satisfies Translation<MessageStatsStrings>;
