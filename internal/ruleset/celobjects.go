package ruleset

import (
	"fmt"
	"reflect"

	"github.com/google/cel-go/cel"
	"github.com/google/cel-go/common/types"
	"github.com/google/cel-go/common/types/ref"
)

// CEL's native-type support reads fields by reflection and converts every list element it
// visits, which was most of the time of evaluating a cheap rule. objects replaces the field
// access and conversion of Event, Item and Member with direct code; the native-type provider
// still supplies their declarations to the type checker.

// objects is an EnvOption, applied after ext.NativeTypes, that wraps its provider.
func objects() cel.EnvOption {
	return func(e *cel.Env) (*cel.Env, error) {
		base, ok := e.CELTypeProvider().(baseProvider)
		if !ok {
			return nil, fmt.Errorf("the CEL type provider %T is not also an adapter", e.CELTypeProvider())
		}
		p := &provider{baseProvider: base}
		if e, err := cel.CustomTypeProvider(p)(e); err != nil {
			return e, err
		}
		return cel.CustomTypeAdapter(p)(e)
	}
}

type baseProvider interface {
	types.Provider
	types.Adapter
}

type provider struct{ baseProvider }

type field struct {
	get   func(p *provider, obj any) any
	isSet func(obj any) bool
}

var fields = map[string]map[string]field{
	"ruleset.Event": {
		"id":         {func(_ *provider, o any) any { return asEvent(o).ID }, func(o any) bool { return asEvent(o).ID != "" }},
		"type":       {func(_ *provider, o any) any { return asEvent(o).Type }, func(o any) bool { return asEvent(o).Type != "" }},
		"member":     {func(_ *provider, o any) any { return asEvent(o).Member }, func(o any) bool { return asEvent(o).Member != "" }},
		"amount":     {func(_ *provider, o any) any { return asEvent(o).Amount }, func(o any) bool { return asEvent(o).Amount != 0 }},
		"currency":   {func(_ *provider, o any) any { return asEvent(o).Currency }, func(o any) bool { return asEvent(o).Currency != "" }},
		"occurredAt": {func(_ *provider, o any) any { return asEvent(o).OccurredAt }, func(o any) bool { return !asEvent(o).OccurredAt.IsZero() }},
		"attributes": {func(p *provider, o any) any { return types.NewStringStringMap(p, asEvent(o).Attributes) },
			func(o any) bool { return len(asEvent(o).Attributes) > 0 }},
		"items": {func(p *provider, o any) any { return p.items(asEvent(o).Items) }, func(o any) bool { return len(asEvent(o).Items) > 0 }},
	},
	"ruleset.Item": {
		"sku":      {func(_ *provider, o any) any { return asItem(o).SKU }, func(o any) bool { return asItem(o).SKU != "" }},
		"category": {func(_ *provider, o any) any { return asItem(o).Category }, func(o any) bool { return asItem(o).Category != "" }},
		"quantity": {func(_ *provider, o any) any { return asItem(o).Quantity }, func(o any) bool { return asItem(o).Quantity != 0 }},
		"price":    {func(_ *provider, o any) any { return asItem(o).Price }, func(o any) bool { return asItem(o).Price != 0 }},
	},
	"ruleset.Member": {
		"id":   {func(_ *provider, o any) any { return asMember(o).ID }, func(o any) bool { return asMember(o).ID != "" }},
		"tier": {func(_ *provider, o any) any { return asMember(o).Tier }, func(o any) bool { return asMember(o).Tier != "" }},
		"attributes": {func(p *provider, o any) any { return types.NewStringStringMap(p, asMember(o).Attributes) },
			func(o any) bool { return len(asMember(o).Attributes) > 0 }},
		"joinedAt": {func(_ *provider, o any) any { return asMember(o).JoinedAt }, func(o any) bool { return !asMember(o).JoinedAt.IsZero() }},
		"birthday": {func(_ *provider, o any) any { return asMember(o).Birthday }, func(o any) bool { return asMember(o).Birthday != "" }},
		"segments": {func(p *provider, o any) any { return types.NewStringList(p, asMember(o).Segments) },
			func(o any) bool { return len(asMember(o).Segments) > 0 }},
		"counts": {func(p *provider, o any) any {
			return activityMap(p, asMember(o), func(a Activity) int64 { return a.Count }, nil)
		}, func(o any) bool { return len(asMember(o).activity) > 0 }},
		"totals": {func(p *provider, o any) any {
			return activityMap(p, asMember(o), func(a Activity) float64 { return a.Total }, nil)
		}, func(o any) bool { return len(asMember(o).activity) > 0 }},
		"streak": {func(p *provider, o any) any {
			return activityMap(p, asMember(o), func(a Activity) int64 { return a.Streak }, nil)
		}, func(o any) bool { return len(asMember(o).activity) > 0 }},
		"bestStreak": {func(p *provider, o any) any {
			return activityMap(p, asMember(o), func(a Activity) int64 { return a.Best }, nil)
		}, func(o any) bool { return len(asMember(o).activity) > 0 }},
		"daysSince": {func(p *provider, o any) any {
			return activityMap(p, asMember(o), func(a Activity) int64 { return a.DaysSince }, func(a Activity) bool { return a.DaysSince >= 0 })
		}, func(o any) bool { return len(asMember(o).activity) > 0 }},
	},
}

func asEvent(o any) *Event {
	switch v := o.(type) {
	case *Event:
		return v
	case Event:
		return &v
	}
	panic(fmt.Sprintf("ruleset.Event field read from %T", o))
}

func asItem(o any) *Item {
	switch v := o.(type) {
	case *Item:
		return v
	case Item:
		return &v
	}
	panic(fmt.Sprintf("ruleset.Item field read from %T", o))
}

func asMember(o any) *Member {
	switch v := o.(type) {
	case *Member:
		return v
	case Member:
		return &v
	}
	panic(fmt.Sprintf("ruleset.Member field read from %T", o))
}

// items lists the items as CEL objects pointing into the slice: no copies.
func (p *provider) items(items []Item) ref.Val {
	vals := make([]ref.Val, len(items))
	for i := range items {
		vals[i] = &object{p: p, typ: itemType, v: &items[i]}
	}
	return types.NewRefValList(p, vals)
}

func (p *provider) FindStructFieldType(typeName, name string) (*types.FieldType, bool) {
	ft, ok := p.baseProvider.FindStructFieldType(typeName, name)
	f, known := fields[typeName][name]
	if !ok || !known {
		return ft, ok
	}
	return &types.FieldType{
		Type:    ft.Type,
		IsSet:   f.isSet,
		GetFrom: func(obj any) (any, error) { return f.get(p, obj), nil },
	}, true
}

var (
	eventType  = types.NewObjectType("ruleset.Event")
	itemType   = types.NewObjectType("ruleset.Item")
	memberType = types.NewObjectType("ruleset.Member")
)

func (p *provider) NativeToValue(v any) ref.Val {
	switch o := v.(type) {
	case *Event:
		return &object{p: p, typ: eventType, v: o}
	case Event:
		return &object{p: p, typ: eventType, v: &o}
	case *Item:
		return &object{p: p, typ: itemType, v: o}
	case Item:
		return &object{p: p, typ: itemType, v: &o}
	case *Member:
		return &object{p: p, typ: memberType, v: o}
	case Member:
		return &object{p: p, typ: memberType, v: &o}
	}
	return p.baseProvider.NativeToValue(v)
}

// object is an Event, Item or Member as a CEL value. Value is the Go pointer.
type object struct {
	p   *provider
	typ *types.Type
	v   any
}

func (o *object) Type() ref.Type { return o.typ }
func (o *object) Value() any     { return o.v }

func (o *object) ConvertToNative(t reflect.Type) (any, error) {
	rv := reflect.ValueOf(o.v)
	switch {
	case rv.Type().AssignableTo(t):
		return o.v, nil
	case rv.Elem().Type().AssignableTo(t):
		return rv.Elem().Interface(), nil
	}
	return nil, fmt.Errorf("type conversion error from %s to %v", o.typ.TypeName(), t)
}

func (o *object) ConvertToType(t ref.Type) ref.Val {
	switch t {
	case types.TypeType:
		return o.typ
	case o.typ:
		return o
	}
	if t.TypeName() == o.typ.TypeName() {
		return o
	}
	return types.NewErr("type conversion error from '%s' to '%s'", o.typ.TypeName(), t.TypeName())
}

func (o *object) Equal(other ref.Val) ref.Val {
	x, ok := other.(*object)
	if !ok || x.typ.TypeName() != o.typ.TypeName() {
		return types.False
	}
	return types.Bool(reflect.DeepEqual(o.v, x.v))
}

// Get reads a field when an expression reaches one dynamically, e.g. through dyn().
func (o *object) Get(name ref.Val) ref.Val {
	f, ok := fields[o.typ.TypeName()][string(asString(name))]
	if !ok {
		return types.NewErr("no such field: %v", name)
	}
	return o.p.NativeToValue(f.get(o.p, o.v))
}

func (o *object) IsSet(name ref.Val) ref.Val {
	f, ok := fields[o.typ.TypeName()][string(asString(name))]
	if !ok {
		return types.NewErr("no such field: %v", name)
	}
	return types.Bool(f.isSet(o.v))
}

func asString(v ref.Val) types.String {
	s, _ := v.(types.String)
	return s
}
