// An owning pointer that copies what it points to. The machine and the kernel keep some
// state behind pointers (processes, files, swap areas, the replacement policy); with DeepPtr
// their defaulted copy constructors copy that state too, so a new member is copied without
// anyone remembering to add it to a hand-written clone. A Session is copied this way to show
// the machine between two events of a command (Session::clone).
#pragma once

#include <cstddef>
#include <memory>
#include <utility>

namespace pagelab {

// A polymorphic T copies itself with `std::unique_ptr<T> clone() const`; any other T with
// its copy constructor.
template <typename T>
std::unique_ptr<T> deepCopyOf(const T& value)
{
    if constexpr (requires { value.clone(); })
        return value.clone();
    else
        return std::make_unique<T>(value);
}

template <typename T>
class DeepPtr {
public:
    DeepPtr() = default;
    DeepPtr(std::nullptr_t) { }
    DeepPtr(std::unique_ptr<T> p)
        : p_(std::move(p))
    {
    }
    template <typename U>
    DeepPtr(std::unique_ptr<U> p)
        : p_(std::move(p))
    {
    }
    DeepPtr(const DeepPtr& other)
        : p_(other.p_ ? deepCopyOf(*other.p_) : nullptr)
    {
    }
    DeepPtr(DeepPtr&&) noexcept = default;
    DeepPtr& operator=(const DeepPtr& other)
    {
        if (this != &other)
            p_ = other.p_ ? deepCopyOf(*other.p_) : nullptr;
        return *this;
    }
    DeepPtr& operator=(DeepPtr&&) noexcept = default;

    T* get() const { return p_.get(); }
    T& operator*() const { return *p_; }
    T* operator->() const { return p_.get(); }
    explicit operator bool() const { return bool(p_); }
    void reset(T* p = nullptr) { p_.reset(p); }
    bool operator==(std::nullptr_t) const { return !p_; }

private:
    std::unique_ptr<T> p_;
};

} // namespace pagelab
