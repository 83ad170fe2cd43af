#pragma once

#include "capture/scanner.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <sane/sane.h>

// Private to the SANE scanner: the statuses as capture.* errors, and the options of an open
// device by name (SANE's well-known option names, saneopts.h). Called on the SANE thread only.
namespace hpf::client::capture {

// JAMMED → capture.jammed, COVER_OPEN → capture.cover_open, DEVICE_BUSY → capture.busy,
// NO_DOCS → capture.no_documents, CANCELLED → capture.cancelled, IO_ERROR → capture.device_lost,
// anything else → capture.io; the detail names the call and SANE's text.
Error errorFor(SANE_Status status, const char *call);

class Device
{
public:
    explicit Device(SANE_Handle handle)
        : m_handle(handle)
    {}

    int find(const char *name) const;
    const SANE_Option_Descriptor *descriptor(int index) const;
    bool settable(const char *name) const;
    // The entries of a string-list option; the values of a word-list option (fixed → rounded).
    QStringList choices(const char *name) const;
    QList<int> wordChoices(const char *name) const;
    // Sets a scalar option from text, as its type reads it ("yes"/"no", a number, a string).
    Status set(const char *name, const QString &value);
    // A numeric option's value, or -1.
    double number(const char *name) const;

private:
    SANE_Handle m_handle;
};

// The mode (and depth) nearest to the one asked: bitonal → a lineart mode, else grey at depth 1,
// else grey; colour → grey when the device has none.
void configureMode(Device &device, imaging::ColourMode wanted);
// The nearest resolution the device allows; returns the one it reports back.
int configureResolution(Device &device, int dpi);
// Flatbed or feeder; capture.no_feeder when a feeder is asked of a device without one.
Status configureSource(Device &device, Source source);

} // namespace hpf::client::capture
