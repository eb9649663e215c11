export { CitySchema, cityJson, registerPlacesApi } from './api.js';
export { createCity } from './create-city.js';
export { findProvince, isProvince, PROVINCE_CODES, PROVINCES, provinceName } from './provinces.js';
export { type City, citiesByIds, findCity, getCity, listCities } from './queries.js';
export { resolveCity } from './resolve-city.js';
export { actsEverywhere, inScope, scopeCondition } from './scope.js';
