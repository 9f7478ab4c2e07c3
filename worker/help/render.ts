// The renderer is shared with the console's editor preview, so both show the same HTML.
export { renderArticle } from '../../common/help/render';
