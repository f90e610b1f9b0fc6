import qrcode from 'qrcode-generator';

// The enrolment URI as a QR code image (a data: URL, which the console's CSP allows for images).
export function QrCode({ text, label }: { text: string; label: string }) {
  const qr = qrcode(0, 'M');
  qr.addData(text);
  qr.make();
  return <img class="qr" src={qr.createDataURL(5, 8)} alt={label} width={qr.getModuleCount() * 5 + 16} />;
}
