// Data: well-known names that fake senders borrow, with the domain labels they really send from (a short, incomplete list).

/** A brand: how it is written, the words that name it, and the registrable labels of its own domains. */
export interface Brand {
  name: string;
  /** Lower-case words (spaces removed) that name it in a display name. */
  keys: readonly string[];
  /** Registrable labels of its domains ("paypal" for paypal.com, paypal.co.uk …). */
  labels: readonly string[];
}

export const BRANDS: readonly Brand[] = [
  { name: 'PayPal', keys: ['paypal'], labels: ['paypal', 'paypal-communication'] },
  { name: 'Apple', keys: ['apple', 'icloud', 'itunes'], labels: ['apple', 'icloud', 'me', 'mac'] },
  { name: 'Microsoft', keys: ['microsoft', 'outlook', 'office365', 'onedrive', 'hotmail'], labels: ['microsoft', 'outlook', 'office', 'office365', 'live', 'hotmail', 'microsoftonline', 'onmicrosoft', 'sharepoint', 'msn'] },
  { name: 'Google', keys: ['google', 'gmail'], labels: ['google', 'gmail', 'googlemail', 'youtube'] },
  { name: 'Amazon', keys: ['amazon'], labels: ['amazon', 'amazonses', 'amazonaws'] },
  { name: 'Netflix', keys: ['netflix'], labels: ['netflix'] },
  { name: 'Facebook', keys: ['facebook', 'instagram', 'whatsapp'], labels: ['facebook', 'facebookmail', 'meta', 'instagram', 'whatsapp'] },
  { name: 'LinkedIn', keys: ['linkedin'], labels: ['linkedin'] },
  { name: 'DHL', keys: ['dhl'], labels: ['dhl'] },
  { name: 'FedEx', keys: ['fedex'], labels: ['fedex'] },
  { name: 'UPS', keys: ['ups'], labels: ['ups'] },
  { name: 'USPS', keys: ['usps'], labels: ['usps'] },
  { name: 'Royal Mail', keys: ['royalmail'], labels: ['royalmail'] },
  { name: 'IRS', keys: ['irs'], labels: ['irs'] },
  { name: 'HMRC', keys: ['hmrc'], labels: ['hmrc'] },
  { name: 'Bank of America', keys: ['bankofamerica'], labels: ['bankofamerica', 'bofa'] },
  { name: 'Wells Fargo', keys: ['wellsfargo'], labels: ['wellsfargo'] },
  { name: 'Chase', keys: ['chase'], labels: ['chase', 'jpmorgan', 'jpmorganchase'] },
  { name: 'American Express', keys: ['americanexpress', 'amex'], labels: ['americanexpress', 'aexp', 'amex'] },
  { name: 'eBay', keys: ['ebay'], labels: ['ebay'] },
  { name: 'Dropbox', keys: ['dropbox'], labels: ['dropbox', 'dropboxmail'] },
  { name: 'DocuSign', keys: ['docusign'], labels: ['docusign'] },
  { name: 'Adobe', keys: ['adobe'], labels: ['adobe'] },
  { name: 'Yahoo', keys: ['yahoo'], labels: ['yahoo', 'yahoodns'] },
  { name: 'Coinbase', keys: ['coinbase'], labels: ['coinbase'] },
  { name: 'Binance', keys: ['binance'], labels: ['binance'] },
  { name: 'Norton', keys: ['norton'], labels: ['norton', 'nortonlifelock'] },
  { name: 'McAfee', keys: ['mcafee'], labels: ['mcafee'] },
];

/** Registrable labels of mail services many organisations send through (first-hop names from these are expected). */
export const MAIL_SERVICES: readonly string[] = [
  'google', 'outlook', 'office365', 'yahoo', 'aol', 'icloud', 'apple', 'me', 'amazonses', 'sendgrid', 'mailgun',
  'mcsv', 'mcdlv', 'rsgsv', 'mailchimp', 'mandrillapp', 'sparkpostmail', 'postmarkapp', 'sendinblue', 'brevo',
  'mailjet', 'zoho', 'protonmail', 'proton', 'fastmail', 'messagingengine', 'salesforce', 'exacttarget',
  'hubspot', 'hubspotemail', 'constantcontact', 'mktomail', 'pphosted', 'mimecast', 'zendesk', 'freshdesk',
];
