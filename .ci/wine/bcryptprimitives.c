/*
 * bcryptprimitives.dll for Wine 8.0 (Debian 12), which lacks it.
 *
 * Go 1.24 and later get random bytes from ProcessPrng in
 * bcryptprimitives.dll, which Windows 10 and later have. The smoke test
 * builds this stub with x86_64-w64-mingw32-gcc -shared, puts it in the
 * prefix's system32 and runs tdkt.exe with WINEDLLOVERRIDES=
 * bcryptprimitives=n. It is never shipped: real Windows has the DLL.
 */
#include <windows.h>

/* RtlGenRandom, exported by advapi32 as SystemFunction036. */
BOOLEAN WINAPI SystemFunction036(PVOID buffer, ULONG length);

__declspec(dllexport) BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T len)
{
    while (len > 0) {
        ULONG chunk = len > 0x40000000 ? 0x40000000 : (ULONG)len;
        if (!SystemFunction036(data, chunk))
            return FALSE;
        data += chunk;
        len -= chunk;
    }
    return TRUE;
}
