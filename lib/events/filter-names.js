// @ts-check
// CommonJS: next.config.js reads this as well as lib/events/address.ts.

/** The events explorer's address parameters, in the order its addresses write them. */
const eventFilterNames = /** @type {const} */ ([
  'year',
  'from',
  'to',
  'actor',
  'kind',
  'post',
  'q',
]);

module.exports = { eventFilterNames };
