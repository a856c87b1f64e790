/** How AWS Transfer's own ids look (service model: ServerId, AgreementId, ProfileId, CertificateId, ConnectorId, TransferId). */
export const AWS_ID = {
  Server: /^s-[0-9a-f]{17}$/,
  Agreement: /^a-[0-9a-f]{17}$/,
  Profile: /^p-[0-9a-f]{17}$/,
  Certificate: /^cert-[0-9a-f]{17}$/,
  Connector: /^c-[0-9a-f]{17}$/,
  Transfer: /^[0-9a-zA-Z./-]{1,512}$/,
} as const;

/** An AWS region name such as us-east-1 or ap-southeast-2. */
export const REGION_NAME = /^[a-z]{2}(-[a-z]+)+-\d$/;
