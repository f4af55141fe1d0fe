export { expandInputs, looksLikeFeedUrl, ARTICLE_FILE, FEED_FILE, type ExpandedInput, type ExpandOptions } from './inputs.js';
export { readArticleFile } from './file.js';
export { parseFeed, type FeedEntry, type FeedFormat, type ParsedFeed } from './feeds.js';
export { FetchSession, sessionFor, mediaTypeOf, type SessionOptions } from './session.js';
export { isPublicAddress, type AddressPolicy } from './guard.js';
export { withRetries, type RetryPolicy } from './retry.js';
export { decodeText } from './text.js';
export { fetchInput, type FetchContext } from './fetch-input.js';
export * from './types.js';
