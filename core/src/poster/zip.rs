//! A minimal ZIP writer (stored entries, fixed dates), so the same files give the same bytes.

const CRC_TABLE: [u32; 256] = crc_table();

const fn crc_table() -> [u32; 256] {
    let mut table = [0u32; 256];
    let mut index = 0;
    while index < 256 {
        let mut value = index as u32;
        let mut bit = 0;
        while bit < 8 {
            value = if value & 1 == 1 {
                0xEDB8_8320 ^ (value >> 1)
            } else {
                value >> 1
            };
            bit += 1;
        }
        table[index] = value;
        index += 1;
    }
    table
}

pub fn crc32(bytes: &[u8]) -> u32 {
    !bytes.iter().fold(!0u32, |crc, &byte| {
        CRC_TABLE[((crc ^ u32::from(byte)) & 0xFF) as usize] ^ (crc >> 8)
    })
}

/// Writes `files` (name, contents) as a ZIP archive. Entries are stored, not deflated: PDFs
/// and the font inside them gain little, and a deflater would weigh on the teacher module.
pub fn archive(files: &[(String, Vec<u8>)]) -> Vec<u8> {
    // 1980-01-01 00:00, the earliest DOS date: builds are reproducible, not timestamped.
    const DOS_TIME: u16 = 0;
    const DOS_DATE: u16 = (1 << 5) | 1;
    const UTF8_NAMES: u16 = 1 << 11;
    let mut out = Vec::new();
    let mut central = Vec::new();
    for (name, data) in files {
        let offset = out.len() as u32;
        let crc = crc32(data);
        let size = data.len() as u32;
        let name = name.as_bytes();
        let header = |buffer: &mut Vec<u8>, central_entry: bool| {
            if central_entry {
                buffer.extend_from_slice(&0x0201_4b50u32.to_le_bytes());
                buffer.extend_from_slice(&20u16.to_le_bytes());
            } else {
                buffer.extend_from_slice(&0x0403_4b50u32.to_le_bytes());
            }
            buffer.extend_from_slice(&20u16.to_le_bytes());
            buffer.extend_from_slice(&UTF8_NAMES.to_le_bytes());
            buffer.extend_from_slice(&0u16.to_le_bytes());
            buffer.extend_from_slice(&DOS_TIME.to_le_bytes());
            buffer.extend_from_slice(&DOS_DATE.to_le_bytes());
            buffer.extend_from_slice(&crc.to_le_bytes());
            buffer.extend_from_slice(&size.to_le_bytes());
            buffer.extend_from_slice(&size.to_le_bytes());
            buffer.extend_from_slice(&(name.len() as u16).to_le_bytes());
            buffer.extend_from_slice(&0u16.to_le_bytes());
            if central_entry {
                buffer.extend_from_slice(&[0; 6]);
                buffer.extend_from_slice(&0u32.to_le_bytes());
                buffer.extend_from_slice(&offset.to_le_bytes());
            }
            buffer.extend_from_slice(name);
        };
        header(&mut out, false);
        out.extend_from_slice(data);
        header(&mut central, true);
    }
    let central_offset = out.len() as u32;
    let central_size = central.len() as u32;
    out.extend_from_slice(&central);
    out.extend_from_slice(&0x0605_4b50u32.to_le_bytes());
    out.extend_from_slice(&[0; 4]);
    out.extend_from_slice(&(files.len() as u16).to_le_bytes());
    out.extend_from_slice(&(files.len() as u16).to_le_bytes());
    out.extend_from_slice(&central_size.to_le_bytes());
    out.extend_from_slice(&central_offset.to_le_bytes());
    out.extend_from_slice(&0u16.to_le_bytes());
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn crc32_matches_the_standard_check_value() {
        assert_eq!(super::crc32(b"123456789"), 0xCBF4_3926);
    }
}
