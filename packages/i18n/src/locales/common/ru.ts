/** Russian strings shared by every data component. */
import type { Translation } from '../../namespace.js';
import type { CommonStrings } from './index.js';

export default {
  loading: 'Загрузка…',
  loadingMore: 'Загрузка следующих…',
  more: 'Показать ещё',
  empty: 'Здесь пока ничего нет.',
  notConfigured: 'Источник данных не настроен.',
  error: 'Не удалось загрузить содержимое.',
  errorMore: 'Не удалось загрузить следующие элементы.',
  reasons: {
    network: 'Не удалось связаться с сервером. Проверьте подключение и повторите попытку.',
    crossOrigin:
      'Не удалось связаться со службой портала ({{host}}). Возможно, она не работает или не принимает запросы с этого сайта ({{origin}}).',
    unreachable:
      'Не удалось связаться со службой портала ({{host}}). Возможно, она не работает; повторите попытку позже.',
    timeout: 'Сервер слишком долго не отвечал.',
    server: 'На сервере произошла ошибка (код {{status}}).',
    refused: 'Сервер отклонил запрос (код {{status}}).',
    config: 'Компонент настроен неправильно.',
    unknown: 'Произошла непредвиденная ошибка.',
  },
  retry: 'Повторить',
  stale: 'Показано сохранённое содержимое: обновить не удалось.',
  offline: 'Нет подключения к сети. Содержимое загрузится снова, когда связь восстановится.',
  loadedMore_one: 'Загружен ещё {{count}} элемент.',
  loadedMore_few: 'Загружены ещё {{count}} элемента.',
  loadedMore_many: 'Загружено ещё {{count}} элементов.',
  loadedMore_other: 'Загружено ещё {{count}} элемента.',
} satisfies Translation<CommonStrings>;
