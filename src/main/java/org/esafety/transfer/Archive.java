package org.esafety.transfer;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.esafety.common.InvalidRequestException;

/**
 * The ZIP archive of a child's file ({@code java.util.zip}): {@value #FILE_JSON}, {@value #FILE_PDF} and
 * {@value #SIGNATURE}, flat, with fixed entry times. Reading one back is bounded (entries, sizes, flat names), as it
 * may come from anywhere.
 */
final class Archive {

    static final String FILE_JSON = "file.json";
    static final String FILE_PDF = "file.pdf";
    static final String SIGNATURE = "signature.json";

    private static final int MAX_ENTRIES = 10;
    private static final long MAX_BYTES = 50L * 1024 * 1024;
    /** 1 January 2000: the entries carry no time of their own, so the bytes depend only on the files. */
    private static final long ENTRY_TIME = 946_684_800_000L;

    private Archive() {
    }

    static byte[] zip(Map<String, byte[]> files) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                ZipEntry entry = new ZipEntry(file.getKey());
                entry.setTime(ENTRY_TIME);
                zip.putNextEntry(entry);
                zip.write(file.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the archive could not be written", e);
        }
        return out.toByteArray();
    }

    /** The files of an archive by name, in archive order; a body that is no such archive is refused (400). */
    static Map<String, byte[]> unzip(byte[] archive) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        long total = 0;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(archive))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                String name = entry.getName();
                if (entry.isDirectory() || name.contains("/") || name.contains("\\") || files.containsKey(name)
                        || files.size() >= MAX_ENTRIES) {
                    throw refused("a child's file archive holds a few flat, distinct files");
                }
                byte[] bytes = read(zip, MAX_BYTES - total);
                total += bytes.length;
                files.put(name, bytes);
            }
        } catch (ZipException e) {
            throw refused("the body is not a readable ZIP archive");
        } catch (IOException e) {
            throw new UncheckedIOException("the archive could not be read", e);
        }
        if (files.isEmpty()) {
            throw refused("the body is not a ZIP archive of a child's file");
        }
        return files;
    }

    private static byte[] read(InputStream in, long limit) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            out.write(buffer, 0, n);
            if (out.size() > limit) {
                throw refused("the archive unpacks to more than " + MAX_BYTES / 1024 / 1024 + " MiB");
            }
        }
        return out.toByteArray();
    }

    private static InvalidRequestException refused(String message) {
        return new InvalidRequestException("body", message);
    }
}
