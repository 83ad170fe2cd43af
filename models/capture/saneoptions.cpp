#include "capture/saneoptions_p.h"

#include <QtMath>
#include <cmath>
#include <sane/saneopts.h>

namespace hpf::client::capture {
namespace {

QString firstMatching(const QStringList &choices, std::initializer_list<const char *> wanted)
{
    for (const char *w : wanted) {
        for (const QString &c : choices) {
            if (c.compare(QLatin1StringView(w), Qt::CaseInsensitive) == 0)
                return c;
        }
    }
    return {};
}

} // namespace

Error errorFor(SANE_Status status, const char *call)
{
    QString code;
    switch (status) {
    case SANE_STATUS_JAMMED:
        code = u"capture.jammed"_qs;
        break;
    case SANE_STATUS_COVER_OPEN:
        code = u"capture.cover_open"_qs;
        break;
    case SANE_STATUS_DEVICE_BUSY:
        code = u"capture.busy"_qs;
        break;
    case SANE_STATUS_NO_DOCS:
        code = u"capture.no_documents"_qs;
        break;
    case SANE_STATUS_CANCELLED:
        code = u"capture.cancelled"_qs;
        break;
    case SANE_STATUS_IO_ERROR: // the usual answer of a device unplugged or switched off mid-batch
        code = u"capture.device_lost"_qs;
        break;
    default: // INVAL, NO_MEM, ACCESS_DENIED, UNSUPPORTED, EOF where data was due
        code = u"capture.io"_qs;
        break;
    }
    return makeError(code, QString(),
                     QString::fromLatin1(call) + u": "_qs + QString::fromUtf8(sane_strstatus(status)));
}

int Device::find(const char *name) const
{
    for (SANE_Int i = 1;; ++i) {
        const SANE_Option_Descriptor *d = sane_get_option_descriptor(m_handle, i);
        if (!d)
            return -1;
        if (d->name && qstrcmp(d->name, name) == 0)
            return i;
    }
}

const SANE_Option_Descriptor *Device::descriptor(int index) const
{
    return index < 0 ? nullptr : sane_get_option_descriptor(m_handle, index);
}

bool Device::settable(const char *name) const
{
    const SANE_Option_Descriptor *d = descriptor(find(name));
    return d && SANE_OPTION_IS_ACTIVE(d->cap) && SANE_OPTION_IS_SETTABLE(d->cap);
}

QStringList Device::choices(const char *name) const
{
    QStringList out;
    const SANE_Option_Descriptor *d = descriptor(find(name));
    if (d && d->type == SANE_TYPE_STRING && d->constraint_type == SANE_CONSTRAINT_STRING_LIST) {
        for (const SANE_String_Const *s = d->constraint.string_list; *s; ++s)
            out.append(QString::fromUtf8(*s));
    }
    return out;
}
QList<int> Device::wordChoices(const char *name) const
{
    QList<int> out;
    const SANE_Option_Descriptor *d = descriptor(find(name));
    if (d && d->constraint_type == SANE_CONSTRAINT_WORD_LIST) {
        for (SANE_Int i = 1; i <= d->constraint.word_list[0]; ++i)
            out.append(d->type == SANE_TYPE_FIXED ? qRound(SANE_UNFIX(d->constraint.word_list[i]))
                                                  : d->constraint.word_list[i]);
    }
    return out;
}

Status Device::set(const char *name, const QString &value)
{
    const int index = find(name);
    const SANE_Option_Descriptor *d = descriptor(index);
    if (!d)
        return makeError(u"capture.io"_qs, QString::fromUtf8(name), u"no such option"_qs);
    if (!SANE_OPTION_IS_ACTIVE(d->cap) || !SANE_OPTION_IS_SETTABLE(d->cap))
        return makeError(u"capture.io"_qs, QString::fromUtf8(name), u"option not settable"_qs);
    SANE_Status status = SANE_STATUS_INVAL;
    SANE_Int info = 0;
    switch (d->type) {
    case SANE_TYPE_BOOL: {
        const QString v = value.toLower();
        SANE_Word w = (v == u"yes"_qs || v == u"true"_qs || v == u"1"_qs) ? SANE_TRUE : SANE_FALSE;
        status = sane_control_option(m_handle, index, SANE_ACTION_SET_VALUE, &w, &info);
        break;
    }
    case SANE_TYPE_INT: {
        SANE_Word w = SANE_Word(std::lround(value.toDouble()));
        status = sane_control_option(m_handle, index, SANE_ACTION_SET_VALUE, &w, &info);
        break;
    }
    case SANE_TYPE_FIXED: {
        SANE_Word w = SANE_FIX(value.toDouble());
        status = sane_control_option(m_handle, index, SANE_ACTION_SET_VALUE, &w, &info);
        break;
    }
    case SANE_TYPE_STRING: {
        QByteArray buffer = value.toUtf8();
        if (buffer.size() >= d->size)
            return makeError(u"capture.io"_qs, QString::fromUtf8(name), u"value too long"_qs);
        buffer.resize(d->size, '\0');
        status = sane_control_option(m_handle, index, SANE_ACTION_SET_VALUE, buffer.data(), &info);
        break;
    }
    case SANE_TYPE_BUTTON:
        status = sane_control_option(m_handle, index, SANE_ACTION_SET_VALUE, nullptr, &info);
        break;
    case SANE_TYPE_GROUP:
        break;
    }
    if (status != SANE_STATUS_GOOD) {
        Error e = errorFor(status, "sane_control_option");
        e.field = QString::fromUtf8(name);
        return e;
    }
    return {};
}

double Device::number(const char *name) const
{
    const int index = find(name);
    const SANE_Option_Descriptor *d = descriptor(index);
    if (!d || !SANE_OPTION_IS_ACTIVE(d->cap) || (d->type != SANE_TYPE_INT && d->type != SANE_TYPE_FIXED) ||
        d->size != sizeof(SANE_Word))
        return -1;
    SANE_Word w = 0;
    if (sane_control_option(m_handle, index, SANE_ACTION_GET_VALUE, &w, nullptr) != SANE_STATUS_GOOD)
        return -1;
    return d->type == SANE_TYPE_FIXED ? SANE_UNFIX(w) : double(w);
}

// Mode (and depth where the device needs it) nearest to what was asked.
void configureMode(Device &device, imaging::ColourMode wanted)
{
    const QStringList modes = device.choices(SANE_NAME_SCAN_MODE);
    const QString grey = firstMatching(modes, {"Gray", "Grey"});
    const QList<int> depths = device.wordChoices(SANE_NAME_BIT_DEPTH);
    auto setDepth = [&](int depth) {
        if (depths.contains(depth) && device.settable(SANE_NAME_BIT_DEPTH))
            (void)device.set(SANE_NAME_BIT_DEPTH, QString::number(depth));
    };
    QString mode;
    int depth = 8;
    switch (wanted) {
    case imaging::ColourMode::Bitonal:
        mode = firstMatching(modes, {"Lineart", "Binary", "Black & White", "Monochrome"});
        if (mode.isEmpty()) {
            mode = grey;
            depth = depths.contains(1) ? 1 : 8; // SANE's test backend: Gray at depth 1 is lineart
        } else {
            depth = 1;
        }
        break;
    case imaging::ColourMode::Grey:
        mode = grey;
        break;
    case imaging::ColourMode::Colour:
        mode = firstMatching(modes, {"Color", "Colour", "RGB", "24bit Color"});
        if (mode.isEmpty())
            mode = grey;
        break;
    }
    if (!mode.isEmpty() && device.settable(SANE_NAME_SCAN_MODE))
        (void)device.set(SANE_NAME_SCAN_MODE, mode);
    setDepth(depth);
}

int configureResolution(Device &device, int dpi)
{
    if (device.settable(SANE_NAME_SCAN_RESOLUTION)) {
        const QList<int> allowed = device.wordChoices(SANE_NAME_SCAN_RESOLUTION);
        int value = allowed.isEmpty() ? dpi : allowed.first();
        for (int a : allowed) {
            if (qAbs(a - dpi) < qAbs(value - dpi))
                value = a;
        }
        (void)device.set(SANE_NAME_SCAN_RESOLUTION, QString::number(value)); // a range clamps
    }
    const double actual = device.number(SANE_NAME_SCAN_RESOLUTION);
    return actual > 0 ? qRound(actual) : dpi;
}

Status configureSource(Device &device, Source source)
{
    const QStringList sources = device.choices(SANE_NAME_SCAN_SOURCE);
    QString value;
    for (const QString &s : sources) {
        const bool feeder =
            s.contains(u"feeder"_qs, Qt::CaseInsensitive) || s.contains(u"ADF"_qs, Qt::CaseInsensitive);
        const bool flatbed = s.contains(u"flatbed"_qs, Qt::CaseInsensitive);
        if (value.isEmpty() &&
            ((source == Source::Feeder && feeder) || (source == Source::Flatbed && flatbed)))
            value = s;
    }
    if (value.isEmpty())
        return source == Source::Feeder ? Status(makeError(u"capture.no_feeder"_qs, u"source"_qs,
                                                           u"the device has no document feeder"_qs))
                                        : Status();
    return device.settable(SANE_NAME_SCAN_SOURCE) ? device.set(SANE_NAME_SCAN_SOURCE, value) : Status();
}

} // namespace hpf::client::capture
