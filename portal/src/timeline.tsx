import type { PortalAttentionQuery, PortalCertificatesQuery } from './generated';

type Certificate = NonNullable<PortalCertificatesQuery['certificates']>['edges'][number]['node'];
type Attention = NonNullable<PortalAttentionQuery['attention']>[number];

const DAY = 86_400_000;
const COLOURS: Record<string, string> = {
  ACTIVE: '#2e7d32',
  PENDING: '#1565c0',
  PENDING_ROTATION: '#1565c0',
  INACTIVE: '#757575',
  EXPIRED: '#c62828',
};

/** Every certificate as a bar from activeDate to inactiveDate, with today, the 30-day band and each replacement's overlap. */
export function ExpiryTimeline({ certificates, attention, now }: { certificates: Certificate[]; attention: Attention[]; now: number }) {
  const rows = [...certificates].sort((a, b) => Date.parse(a.inactiveDate) - Date.parse(b.inactiveDate));
  const from = Math.min(now - 30 * DAY, ...rows.map((c) => Date.parse(c.activeDate)));
  const to = Math.max(now + 60 * DAY, ...rows.map((c) => Date.parse(c.inactiveDate)));
  const width = 960,
    left = 180,
    rowHeight = 18,
    height = rows.length * rowHeight + 40;
  const x = (t: number) => left + ((t - from) / (to - from)) * (width - left - 10);
  const replacedBy = new Map<string, string>();
  for (const a of attention) for (const r of a.replacements) replacedBy.set(r.certificate.id, a.certificate.id);
  return (
    <svg
      className="timeline"
      role="img"
      aria-label={`Expiry timeline of ${rows.length} certificates`}
      viewBox={`0 0 ${width} ${height}`}
      width="100%"
    >
      <rect x={x(now)} y={0} width={x(now + 30 * DAY) - x(now)} height={height - 20} fill="#fff3e0" />
      {rows.map((c, i) => {
        const y = 10 + i * rowHeight;
        const replaced = replacedBy.get(c.id);
        const old = replaced ? rows.find((r) => r.id === replaced) : undefined;
        return (
          <g key={c.id} data-certificate={c.certificateId}>
            <text x={0} y={y + 11} fontSize={11}>
              {c.description ?? c.certificateId}
            </text>
            <rect
              x={x(Date.parse(c.activeDate))}
              y={y}
              width={Math.max(2, x(Date.parse(c.inactiveDate)) - x(Date.parse(c.activeDate)))}
              height={12}
              fill={COLOURS[c.status] ?? '#555'}
            >
              <title>{`${c.certificateId} ${c.usage} ${c.status}, ${c.activeDate.slice(0, 10)} → ${c.inactiveDate.slice(0, 10)}`}</title>
            </rect>
            {old && Date.parse(c.activeDate) < Date.parse(old.inactiveDate) && (
              <rect
                className="overlap"
                x={x(Date.parse(c.activeDate))}
                y={y - 2}
                width={x(Date.parse(old.inactiveDate)) - x(Date.parse(c.activeDate))}
                height={16}
                fill="none"
                stroke="#6a1b9a"
                strokeDasharray="3 2"
              >
                <title>{`overlaps ${old.certificateId} until ${old.inactiveDate.slice(0, 10)}`}</title>
              </rect>
            )}
          </g>
        );
      })}
      <line x1={x(now)} x2={x(now)} y1={0} y2={height - 20} stroke="#000" />
      <text x={x(now) + 3} y={height - 6} fontSize={11}>
        today
      </text>
      <text x={x(now + 30 * DAY) + 3} y={height - 6} fontSize={11}>
        +30 days
      </text>
    </svg>
  );
}
