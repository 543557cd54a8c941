/**
 * Countries that no longer exist, by the names English text uses for them
 * (data only). From a complete public list: ISO 3166-3, "Codes for formerly
 * used names of countries" (the states withdrawn from ISO 3166-1 since 1974),
 * plus the two German states of 1949–1990, which ISO 3166-3 lists only as the
 * German Democratic Republic. A former country is a place, never an
 * organisation, even when its name has an organisation head word ("Soviet
 * Union").
 *
 * Lower case; matched on the whole name, a leading "the" dropped.
 */
export const FORMER_COUNTRIES: ReadonlySet<string> = new Set([
  'soviet union', 'union of soviet socialist republics', 'ussr', 'byelorussian ssr', 'yugoslavia', 'czechoslovakia',
  'german democratic republic', 'east germany', 'west germany', 'serbia and montenegro', 'zaire', 'burma',
  'dahomey', 'upper volta', 'southern rhodesia', 'rhodesia', 'new hebrides', 'gilbert and ellice islands',
  'netherlands antilles', 'east timor', 'sikkim', 'panama canal zone', 'canton and enderbury islands',
  'french afars and issas', 'british antarctic territory', 'dronning maud land', 'johnston island', 'midway islands',
  'wake island', 'neutral zone', 'trust territory of the pacific islands', 'metropolitan france',
]);
