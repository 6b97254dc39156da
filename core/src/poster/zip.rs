//! A minimal ZIP writer (stored entries, fixed dates), so the same files give the same bytes.
//!
//! The `zip` crate, with stored entries only, adds about 26 KB brotli to the teacher module
//! (measured: 144.3 KB, 170.8 KB with `zip` 2.6, 172.0 KB with 9.8), where this is under 1 KB.
//! `server/tests/zip.rs` checks real packs with `unzip -t` and Python's `zipfile`.

use super::PosterError;

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

/// A 16-bit field of the archive. All ones would mean "see the ZIP64 record", which this
/// writer does not write.
fn field16(value: usize) -> Result<u16, PosterError> {
    u16::try_from(value)
        .ok()
        .filter(|&value| value != u16::MAX)
        .ok_or(PosterError::TooLargeForZip)
}

/// A 32-bit field (a size or an offset), with the same rule.
fn field32(value: usize) -> Result<u32, PosterError> {
    u32::try_from(value)
        .ok()
        .filter(|&value| value != u32::MAX)
        .ok_or(PosterError::TooLargeForZip)
}

/// Writes `files` (name, contents) as a ZIP archive. Entries are stored, not deflated: PDFs
/// and the font inside them gain little, and a deflater would weigh on the teacher module.
/// Fails if the archive would need ZIP64: 65,535 files or more, or 4 GiB.
pub fn archive(files: &[(String, Vec<u8>)]) -> Result<Vec<u8>, PosterError> {
    // 1980-01-01 00:00, the earliest DOS date: builds are reproducible, not timestamped.
    const DOS_TIME: u16 = 0;
    const DOS_DATE: u16 = (1 << 5) | 1;
    const UTF8_NAMES: u16 = 1 << 11;
    let count = field16(files.len())?;
    let mut out = Vec::new();
    let mut central = Vec::new();
    for (name, data) in files {
        let offset = field32(out.len())?;
        let crc = crc32(data);
        let size = field32(data.len())?;
        let name = name.as_bytes();
        let name_length = field16(name.len())?;
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
            buffer.extend_from_slice(&name_length.to_le_bytes());
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
    let central_offset = field32(out.len())?;
    let central_size = field32(central.len())?;
    out.extend_from_slice(&central);
    out.extend_from_slice(&0x0605_4b50u32.to_le_bytes());
    out.extend_from_slice(&[0; 4]);
    out.extend_from_slice(&count.to_le_bytes());
    out.extend_from_slice(&count.to_le_bytes());
    out.extend_from_slice(&central_size.to_le_bytes());
    out.extend_from_slice(&central_offset.to_le_bytes());
    out.extend_from_slice(&0u16.to_le_bytes());
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn crc32_matches_the_standard_check_value() {
        assert_eq!(crc32(b"123456789"), 0xCBF4_3926);
    }

    #[test]
    fn the_fields_hold_what_fits_and_refuse_the_rest() {
        assert_eq!(field16(65_534), Ok(65_534));
        assert_eq!(field16(65_535), Err(PosterError::TooLargeForZip));
        assert_eq!(field16(70_000), Err(PosterError::TooLargeForZip));
        assert_eq!(field32(0xFFFF_FFFE), Ok(0xFFFF_FFFE));
        assert_eq!(field32(0xFFFF_FFFF), Err(PosterError::TooLargeForZip));
        #[cfg(target_pointer_width = "64")]
        assert_eq!(field32(1 << 32), Err(PosterError::TooLargeForZip));
    }

    #[test]
    fn an_archive_that_would_need_zip64_is_refused() {
        let long_name = "a".repeat(65_535);
        assert_eq!(
            archive(&[(long_name, Vec::new())]),
            Err(PosterError::TooLargeForZip)
        );
        let many: Vec<(String, Vec<u8>)> = (0..65_535)
            .map(|index| (index.to_string(), Vec::new()))
            .collect();
        assert_eq!(archive(&many), Err(PosterError::TooLargeForZip));
        assert!(archive(&many[..65_534]).is_ok());
    }

    /// The layout of a one-file archive, field by field.
    #[test]
    fn one_file_is_laid_out_as_the_format_says() {
        let zip = archive(&[("a.txt".to_string(), b"hi".to_vec())]).unwrap();
        let u16_at = |at: usize| u16::from_le_bytes([zip[at], zip[at + 1]]);
        let u32_at = |at: usize| u32::from_le_bytes(zip[at..at + 4].try_into().unwrap());
        let local = 30 + 5 + 2;
        let central = 46 + 5;
        assert_eq!(zip.len(), local + central + 22);
        assert_eq!(u32_at(0), 0x0403_4b50);
        assert_eq!(u32_at(14), crc32(b"hi"));
        assert_eq!((u32_at(18), u32_at(22), u16_at(26)), (2, 2, 5));
        assert_eq!(&zip[30..37], b"a.txthi");
        assert_eq!(u32_at(local), 0x0201_4b50);
        assert_eq!(u32_at(local + 42), 0, "the file's header is at 0");
        let end = local + central;
        assert_eq!(u32_at(end), 0x0605_4b50);
        assert_eq!((u16_at(end + 8), u16_at(end + 10)), (1, 1));
        assert_eq!(u32_at(end + 12), 51, "the directory's size");
        assert_eq!(u32_at(end + 16), 37, "the directory's offset");
    }
}
