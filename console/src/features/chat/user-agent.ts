/** "Chrome 126 on Windows" from a User-Agent string, for the visitor panel; the raw string stays in a tooltip. */
export function describeUserAgent(ua: string): string {
  if (!ua.trim()) return 'Unknown';
  const browser =
    pick(ua, /Edg(?:e|A|iOS)?\/(\d+)/, 'Edge') ??
    pick(ua, /OPR\/(\d+)/, 'Opera') ??
    pick(ua, /Firefox\/(\d+)/, 'Firefox') ??
    pick(ua, /FxiOS\/(\d+)/, 'Firefox') ??
    pick(ua, /CriOS\/(\d+)/, 'Chrome') ??
    pick(ua, /Chrome\/(\d+)/, 'Chrome') ??
    pick(ua, /Version\/(\d+)[\d.]* (?:Mobile\/\S+ )?Safari/, 'Safari') ??
    'Unknown browser';
  const os = /Windows/.test(ua)
    ? 'Windows'
    : /iPhone|iPad|iPod/.test(ua)
      ? 'iOS'
      : /Android/.test(ua)
        ? 'Android'
        : /Mac OS X|Macintosh/.test(ua)
          ? 'macOS'
          : /CrOS/.test(ua)
            ? 'ChromeOS'
            : /Linux/.test(ua)
              ? 'Linux'
              : null;
  return os ? `${browser} on ${os}` : browser;
}

function pick(ua: string, re: RegExp, name: string): string | null {
  const m = re.exec(ua);
  return m ? `${name} ${m[1]}` : null;
}
