#include "capture/scannerfactory.h"

#include "capture/sanescanner.h"

namespace hpf::client::capture {

Scanner *createSystemScanner(QObject *parent)
{
    return new SaneScanner(parent);
}

} // namespace hpf::client::capture
