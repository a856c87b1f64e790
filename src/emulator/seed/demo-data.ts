/** How long a certificate has been and will be valid, in days relative to seeding time. */
export type Validity = { kind: 'current' } | { kind: 'long' } | { kind: 'expiring'; inDays: number } | { kind: 'expired' };

/** One of our company's business units, with a LOCAL profile. */
export interface Unit {
  key: string;
  name: string;
  as2Id: string;
  /** Certificates in their last 30 days, each with a replacement waiting in PENDING_ROTATION to take over. */
  rotating: { usage: 'SIGNING' | 'ENCRYPTION'; expiresInDays: number }[];
}

/** A trading partner, with a PARTNER profile. */
export interface Partner {
  name: string;
  slug: string;
  as2Id: string;
  country: string;
  /** Partners who only send to us need only a signing certificate; those we send to also give an encryption one. */
  certificates: 'signing' | 'signing+encryption';
  validity: Validity;
  /** Certificates issued by a partner CA, imported with their chain (in CertificateChain, or inline in Certificate). */
  issuer?: { ca: keyof typeof PARTNER_CAS; chain: 'separate' | 'inline' };
}

export const COMPANY = 'Meridian Supply Co.';

export const UNITS: Unit[] = [
  { key: 'hq', name: 'Meridian HQ', as2Id: 'MERIDIAN-HQ', rotating: [{ usage: 'SIGNING', expiresInDays: 18 }] },
  { key: 'dc-east', name: 'Meridian Distribution East', as2Id: 'MERIDIAN-DC-EAST', rotating: [{ usage: 'SIGNING', expiresInDays: 25 }] },
  { key: 'dc-west', name: 'Meridian Distribution West', as2Id: 'MERIDIAN-DC-WEST', rotating: [{ usage: 'ENCRYPTION', expiresInDays: 12 }] },
  { key: 'procurement', name: 'Meridian Procurement', as2Id: 'MERIDIAN-PROCURE', rotating: [] },
  { key: 'finance', name: 'Meridian Finance', as2Id: 'MERIDIAN-FINANCE', rotating: [] },
];

export const PARTNER_CAS = {
  lamna: 'CN=Lamna Trust Services Issuing CA, O=Lamna Trust Services, C=US',
  woodgrove: 'CN=Woodgrove Bank Enterprise CA, O=Woodgrove Bank, C=GB',
};

const current: Validity = { kind: 'current' };
const long: Validity = { kind: 'long' };
const both = 'signing+encryption' as const;
const signing = 'signing' as const;

export const PARTNERS: Partner[] = [
  { name: 'Northwind Traders', slug: 'northwind', as2Id: 'NORTHWIND-TRADERS', country: 'US', certificates: both, validity: long },
  {
    name: 'Contoso Retail',
    slug: 'contoso',
    as2Id: 'CONTOSORETAIL01',
    country: 'US',
    certificates: both,
    validity: current,
    issuer: { ca: 'lamna', chain: 'separate' },
  },
  {
    name: 'Fabrikam Industries',
    slug: 'fabrikam',
    as2Id: 'FABRIKAM-IND',
    country: 'DE',
    certificates: both,
    validity: long,
    issuer: { ca: 'lamna', chain: 'inline' },
  },
  {
    name: 'Woodgrove Bank',
    slug: 'woodgrove',
    as2Id: 'WOODGROVE-AS2',
    country: 'GB',
    certificates: both,
    validity: current,
    issuer: { ca: 'woodgrove', chain: 'separate' },
  },
  {
    name: 'Adventure Works Cycles',
    slug: 'adventureworks',
    as2Id: 'ADVWORKS',
    country: 'US',
    certificates: signing,
    validity: { kind: 'expiring', inDays: 5 },
  },
  { name: 'Wide World Importers', slug: 'wideworld', as2Id: 'WWI-EDI', country: 'US', certificates: both, validity: current },
  { name: 'Tailspin Toys', slug: 'tailspin', as2Id: 'TAILSPIN-TOYS', country: 'CA', certificates: signing, validity: long },
  { name: 'Litware', slug: 'litware', as2Id: 'LITWARE', country: 'US', certificates: both, validity: { kind: 'expiring', inDays: 21 } },
  { name: 'Proseware', slug: 'proseware', as2Id: 'PROSEWARE-AS2', country: 'NL', certificates: both, validity: { kind: 'expired' } },
  { name: 'Alpine Ski House', slug: 'alpineskihouse', as2Id: 'ALPINESKI', country: 'CH', certificates: signing, validity: current },
  { name: 'Coho Winery', slug: 'cohowinery', as2Id: 'COHO-WINERY', country: 'US', certificates: signing, validity: long },
  { name: 'Fourth Coffee', slug: 'fourthcoffee', as2Id: 'FOURTHCOFFEE', country: 'US', certificates: both, validity: current },
  { name: 'Lamna Healthcare', slug: 'lamna', as2Id: 'LAMNA-HC', country: 'US', certificates: both, validity: long },
  { name: 'Relecloud', slug: 'relecloud', as2Id: 'RELECLOUD', country: 'IE', certificates: signing, validity: current },
  {
    name: 'Trey Research',
    slug: 'treyresearch',
    as2Id: 'TREY-RESEARCH',
    country: 'US',
    certificates: signing,
    validity: { kind: 'expiring', inDays: 28 },
  },
  { name: 'VanArsdel', slug: 'vanarsdel', as2Id: 'ZZ:VANARSDEL', country: 'US', certificates: both, validity: long },
  { name: 'Blue Yonder Airlines', slug: 'blueyonder', as2Id: 'BLUEYONDER-CARGO', country: 'US', certificates: both, validity: current },
  { name: 'Humongous Insurance', slug: 'humongous', as2Id: 'HUMONGOUS-INS', country: 'US', certificates: signing, validity: long },
  {
    name: 'Southridge Video',
    slug: 'southridge',
    as2Id: 'SOUTHRIDGE',
    country: 'US',
    certificates: signing,
    validity: { kind: 'expired' },
  },
  { name: 'A. Datum Corporation', slug: 'adatum', as2Id: 'ADATUM-CORP', country: 'US', certificates: both, validity: current },
  { name: 'Consolidated Messenger', slug: 'consolidated', as2Id: 'CONSOLIDATED-MSG', country: 'US', certificates: signing, validity: long },
  { name: "Margie's Travel", slug: 'margiestravel', as2Id: 'MARGIES-TRAVEL', country: 'AU', certificates: signing, validity: current },
  { name: 'Graphic Design Institute', slug: 'gdi', as2Id: 'GDI-PRINT', country: 'US', certificates: signing, validity: long },
  { name: 'Nod Publishers', slug: 'nodpublishers', as2Id: 'NOD-PUBLISHERS', country: 'US', certificates: signing, validity: current },
  { name: 'First Up Consultants', slug: 'firstup', as2Id: 'FIRSTUP', country: 'US', certificates: signing, validity: long },
];

/** The AS2 servers: VPC endpoints, internet-facing through Elastic IPs where AddressAllocationIds are given. */
export const SERVERS = [
  {
    name: 'meridian-as2-east',
    bucket: 'meridian-as2-east',
    vpcId: 'vpc-0e1c3a9b7d5f24680',
    subnetIds: ['subnet-0a1f2e3d4c5b6a798', 'subnet-0b2e3d4c5f6a7b809'],
    securityGroupIds: ['sg-0c4d5e6f7a8b9c0d1'],
    addressAllocationIds: ['eipalloc-0d5e6f7a8b9c0d1e2', 'eipalloc-0e6f7a8b9c0d1e2f3'],
  },
  {
    name: 'meridian-as2-west',
    bucket: 'meridian-as2-west',
    vpcId: 'vpc-07b8c9d0e1f2a3b4c',
    subnetIds: ['subnet-07c8d9e0f1a2b3c4d'],
    securityGroupIds: ['sg-07d8e9f0a1b2c3d4e'],
    addressAllocationIds: ['eipalloc-07e8f9a0b1c2d3e4f'],
  },
  {
    name: 'meridian-edi-gateway',
    bucket: 'meridian-edi-gateway',
    vpcId: 'vpc-03a4b5c6d7e8f9012',
    subnetIds: ['subnet-03b4c5d6e7f801234', 'subnet-03c4d5e6f7a812345'],
    securityGroupIds: ['sg-03d4e5f6a7b8c9d0e', 'sg-03e4f5a6b7c8d9e0f'],
    addressAllocationIds: undefined,
  },
];

/** Agreements per server, in SERVERS order (40 in all). */
export const AGREEMENTS_PER_SERVER = [16, 14, 10];

/** The partners we send to (all have encryption certificates), with what goes to them. */
export const CONNECTORS = [
  { partner: 'northwind', unit: 'procurement', subject: 'Purchase orders from Meridian Supply', path: '/as2/receive' },
  { partner: 'contoso', unit: 'dc-east', subject: 'Advance ship notices', path: '/as2' },
  { partner: 'fabrikam', unit: 'procurement', subject: 'Purchase orders from Meridian Supply', path: '/b2b/as2/inbound' },
  { partner: 'woodgrove', unit: 'finance', subject: 'Payment remittance advice', path: '/as2/meridian' },
  { partner: 'wideworld', unit: 'dc-west', subject: 'Advance ship notices', path: '/as2' },
  { partner: 'litware', unit: 'procurement', subject: 'Purchase order changes', path: '/edi/as2' },
  { partner: 'fourthcoffee', unit: 'dc-east', subject: 'Warehouse shipping orders', path: '/as2' },
  { partner: 'lamna', unit: 'finance', subject: 'Invoices from Meridian Supply', path: '/as2/receive' },
  { partner: 'vanarsdel', unit: 'procurement', subject: 'Purchase orders from Meridian Supply', path: '/as2' },
  { partner: 'blueyonder', unit: 'dc-west', subject: 'Air freight bookings', path: '/cargo/as2' },
];
